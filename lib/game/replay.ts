import type { Chip, Rules } from "./rules";
import { scorePlayers, type PlayerScore, type ResultRow, type ScoringInput } from "./scoring";
import { countTransferHistory } from "./transfers";

// Replay runs (DESIGN.md, "Replay runs"): one player plays a finished event stage by stage, each
// stage locking when the player reveals it. Scoring is the live engine's, fed with the run's picks
// and only the stages revealed so far, so a run scores exactly as a live player with the same
// picks would have.

/** A stage as a replay reads it: cancelled stages and stages without published results are not replayed. */
export type ReplayableStage = { id: string; number: number; isCancelled: boolean; results: readonly ResultRow[] | null };

/** A crew of the replayed event; `retiredAfterNumber` is the number of the last stage it raced, if it retired. */
export type ReplayCrew = { id: string; team: string; retiredAfterNumber: number | null };

export type ReplayCall = { podium: readonly [string, string, string]; featuredBest: string | null };

/**
 * The run's picks for one stage: the roster (always), the podium call (optional: no call scores 0) and
 * the chip played with the roster, acting on this stage only.
 */
export type ReplayPickInput = {
  stageNumber: number;
  crews: readonly string[];
  captain: string;
  call: ReplayCall | null;
  chip?: Chip | null;
};

/** The chips a run may still play: those the event offers, less those its revealed stages played. */
export function listReplayChipsLeft(rules: Pick<Rules, "chips">, revealed: readonly Pick<ReplayPickInput, "chip">[]): Chip[] {
  const played = new Set(revealed.map((pick) => pick.chip));
  return rules.chips.filter((chip) => !played.has(chip));
}

export type ReplayEvent = {
  rules: Rules;
  featuredTeam: string | null;
  crews: readonly ReplayCrew[];
  /** The event's stages, any order. */
  stages: readonly ReplayableStage[];
  /** The final classification, null when it was never published. */
  final: readonly ResultRow[] | null;
};

/** The stages a run plays, in running order: not cancelled, with published results. */
export function listReplayStages<S extends ReplayableStage>(stages: readonly S[]): (S & { results: readonly ResultRow[] })[] {
  return stages
    .filter((stage): stage is S & { results: readonly ResultRow[] } => !stage.isCancelled && stage.results !== null)
    .sort((a, b) => a.number - b.number);
}

/** The stage to play next: the first replayable stage after the last revealed one; undefined once all are revealed. */
export function findNextReplayStage<S extends ReplayableStage>(stages: readonly S[], lastRevealedNumber: number | null): S | undefined {
  return listReplayStages(stages).find((stage) => lastRevealedNumber === null || stage.number > lastRevealedNumber);
}

/** Crews already out of the rally when stage `stageNumber` starts, as in the live event. */
export function listCrewsOutBefore(crews: readonly ReplayCrew[], stageNumber: number): string[] {
  return crews.filter((crew) => crew.retiredAfterNumber !== null && crew.retiredAfterNumber < stageNumber).map((crew) => crew.id);
}

/**
 * The scoring engine's input for a run: one player whose locked rosters and calls are the run's
 * revealed picks (one roster entry per revealed stage, as the live app locks one per started stage),
 * and results for the revealed stages only. The final classification counts once every stage is revealed.
 */
export function buildReplayScoringInput(event: ReplayEvent, revealed: readonly ReplayPickInput[]): ScoringInput {
  const stages = listReplayStages(event.stages);
  const revealedNumbers = new Set(revealed.map((pick) => pick.stageNumber));
  const stageIdOf = new Map(stages.map((stage) => [stage.number, stage.id]));
  // The engine names a crew's last stage by id; a crew that retired on a stage the run does not play
  // (cancelled) is out after the last played stage before it.
  const lastPlayedUpTo = (number: number) => stages.filter((stage) => stage.number <= number).at(-1)?.id ?? null;
  const isComplete = stages.length > 0 && stages.every((stage) => revealedNumbers.has(stage.number));
  const sorted = [...revealed].sort((a, b) => a.stageNumber - b.stageNumber);
  const stageId = (number: number) => {
    const id = stageIdOf.get(number);
    if (id === undefined) throw new Error(`stage ${number} is not a replayable stage`);
    return id;
  };
  return {
    // The event's own chips: the engine refuses one it does not offer, or one played twice.
    rules: {
      ...event.rules,
      stagePoints: [...event.rules.stagePoints],
      finalPoints: [...event.rules.finalPoints],
      chips: [...event.rules.chips],
    },
    featuredTeam: event.featuredTeam,
    crews: event.crews.map((crew) => ({
      id: crew.id,
      team: crew.team,
      retiredAfter: crew.retiredAfterNumber === null ? null : lastPlayedUpTo(crew.retiredAfterNumber),
    })),
    stages: stages.map((stage) => ({ id: stage.id, results: revealedNumbers.has(stage.number) ? [...stage.results] : null })),
    final: isComplete && event.final ? [...event.final] : null,
    players: [
      {
        id: "run",
        joinedAt: "2026-01-01T00:00:00Z",
        rosters: sorted.map((pick) => ({
          stage: stageId(pick.stageNumber),
          crews: [...pick.crews],
          captain: pick.captain,
          ...(pick.chip ? { chip: pick.chip } : {}),
        })),
        predictions: sorted.flatMap((pick) =>
          pick.call ? [{ stage: stageId(pick.stageNumber), podium: [...pick.call.podium], featuredBest: pick.call.featuredBest }] : [],
        ),
      },
    ],
  };
}

/** A run's scores over its revealed stages (and the final bonus once complete): the live engine's numbers. */
export function scoreReplayRun(event: ReplayEvent, revealed: readonly ReplayPickInput[]): PlayerScore {
  const [score] = scorePlayers(buildReplayScoringInput(event, revealed));
  if (!score) throw new Error("the scoring engine returned no player");
  return score;
}

/**
 * What the next stage's transfers are counted against: the last revealed roster, the free transfers
 * banked after it, and the crews out of the rally by then. `previous` is null before the first reveal
 * (the first roster is free, like a live player's first locked roster).
 */
export function readReplayTransferState(
  event: Pick<ReplayEvent, "rules" | "crews">,
  revealed: readonly Pick<ReplayPickInput, "stageNumber" | "crews" | "chip">[],
  nextStageNumber: number,
): { previous: readonly string[] | null; bank: number; retired: string[] } {
  const sorted = [...revealed].sort((a, b) => a.stageNumber - b.stageNumber);
  const steps = countTransferHistory(
    sorted.map((pick) => ({
      crews: pick.crews,
      retired: listCrewsOutBefore(event.crews, pick.stageNumber),
      isWildcard: pick.chip === "WILDCARD",
    })),
    event.rules,
  );
  return {
    previous: sorted.at(-1)?.crews ?? null,
    bank: steps.at(-1)?.bankAfter ?? 0,
    retired: listCrewsOutBefore(event.crews, nextStageNumber),
  };
}
