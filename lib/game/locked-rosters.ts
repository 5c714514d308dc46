import { getStageLockState, type LockableStage } from "./stage-lock";
import type { Chip } from "./rules";
import type { TransferHistoryEntry } from "./transfers";

/** The chip acting on a locked stage: the version's, when it was saved for that very stage. */
export function chipAt(stage: { id: number }, version: RosterVersionLike | null): Chip | null {
  return version?.chip && version.chipStageId === stage.id ? version.chip : null;
}

export type RosterVersionLike = {
  id: number;
  savedAt: Date;
  crewIds: string[];
  captainId: string;
  /** A chip saved with the version, for the stage chipStageId. */
  chip?: Chip | null;
  chipStageId?: number | null;
};
export type StageForLocks = LockableStage & { id: number; number: number };
export type RetiredCrew = { crewId: string; retiredAfterStageNumber: number };

/** The version in force at `startsAt`: the latest one saved strictly before it (versions sorted by savedAt). */
export function findVersionInForce<T extends RosterVersionLike>(versions: readonly T[], startsAt: Date): T | null {
  let found: T | null = null;
  for (const version of versions) {
    if (version.savedAt.getTime() < startsAt.getTime()) found = version;
    else break;
  }
  return found;
}

/**
 * The roster locked for every stage that has started (cancelled stages excluded, they score
 * nothing and give no transfer), in running order. `version` is null before the player's first save.
 */
export function listLockedRosters<S extends StageForLocks, V extends RosterVersionLike>(
  stages: readonly S[],
  versions: readonly V[],
  now: Date,
): { stage: S; version: V | null }[] {
  const sorted = [...versions].sort((a, b) => a.savedAt.getTime() - b.savedAt.getTime());
  return [...stages]
    .sort((a, b) => a.number - b.number)
    .filter((stage) => getStageLockState(stage, now) === "locked")
    .map((stage) => ({ stage, version: findVersionInForce(sorted, stage.startsAt) }));
}

/** Crews already out of the rally when `stageNumber` starts. */
export function listRetiredBefore(retired: readonly RetiredCrew[], stageNumber: number): string[] {
  return retired.filter((crew) => crew.retiredAfterStageNumber < stageNumber).map((crew) => crew.crewId);
}

/** The transfer history entries of a player's locked rosters (stages before the first save left out). */
export function toTransferEntries(
  locked: readonly { stage: StageForLocks; version: RosterVersionLike | null }[],
  retired: readonly RetiredCrew[],
): (TransferHistoryEntry & { stageNumber: number })[] {
  return locked.flatMap(({ stage, version }) =>
    version
      ? [
          {
            stageNumber: stage.number,
            crews: version.crewIds,
            retired: listRetiredBefore(retired, stage.number),
            isWildcard: chipAt(stage, version) === "WILDCARD",
          },
        ]
      : [],
  );
}
