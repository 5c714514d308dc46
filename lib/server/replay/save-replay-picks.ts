import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg, translateEnglish, type Translate } from "@/lib/i18n/translate";
import { toPgArray } from "@/lib/server/results/pg-array";
import { loadReplayEvent, type LoadedReplayEvent } from "./load-replay-event";
import { lockActiveRun, readRunEventSlug, readRunPicks, requireOpenStage, type StoredPick } from "./lock-run";
import { fieldAtStage, requireReplayChip, requireValidReplayRoster } from "./replay-crews";
import type { Chip } from "@/lib/game/rules";

export type SaveReplayRosterInput = {
  userId: string;
  runId: number;
  stageNumber: number;
  crewIds: number[];
  captainId: number;
  /** A chip played with this roster, on this stage only (none when left out). */
  chip?: Chip | null;
};
export type SaveReplayCallInput = {
  userId: string;
  runId: number;
  stageNumber: number;
  podium: [number, number, number];
  featuredBestId: number | null;
};

const lastRevealed = (picks: readonly StoredPick[]) => picks.filter((pick) => pick.isRevealed).at(-1) ?? null;

/** Runs `work` in one transaction holding the run's lock, with the event and the run's picks read. */
async function withOpenStage<T>(
  db: Db,
  input: { userId: string; runId: number; stageNumber: number },
  work: (tx: Tx, context: { loaded: LoadedReplayEvent; stageId: number; picks: StoredPick[] }) => Promise<T>,
): Promise<T> {
  const loaded = await loadReplayEvent(db, await readRunEventSlug(db, input.runId));
  return db.$transaction(async (tx) => {
    const run = await lockActiveRun(tx, input.runId, input.userId);
    const stage = requireOpenStage(loaded, run, input.stageNumber);
    return work(tx, { loaded, stageId: stage.id, picks: await readRunPicks(tx, run.id) });
  });
}

/**
 * Saves the roster for the run's open stage, checked by the live game's rules against the field as it
 * stood at that stage (a crew retired earlier may be kept, not picked anew), with the chip played on
 * it (or none). A call already saved for the stage stays.
 */
export async function saveReplayRoster(db: Db, input: SaveReplayRosterInput, translate: Translate = translateEnglish) {
  return withOpenStage(db, input, async (tx, { loaded, stageId, picks }) => {
    const check = requireValidReplayRoster(
      loaded,
      input.stageNumber,
      { crewIds: input.crewIds.map(String), captainId: String(input.captainId) },
      lastRevealed(picks)?.crews ?? [],
      translate,
    );
    const chip = input.chip ?? null;
    requireReplayChip(
      loaded,
      picks.filter((pick) => pick.isRevealed),
      chip,
      translate,
    );
    await tx.$executeRaw`
      INSERT INTO replay_pick (run_id, stage_id, crew_ids, captain_crew_id, chip, saved_at)
      VALUES (${input.runId}, ${stageId}, ${toPgArray(input.crewIds)}::int[], ${input.captainId}, ${chip}::"Chip", now())
      ON CONFLICT (run_id, stage_id) DO UPDATE SET
        crew_ids = EXCLUDED.crew_ids, captain_crew_id = EXCLUDED.captain_crew_id, chip = EXCLUDED.chip, saved_at = EXCLUDED.saved_at`;
    return { stageNumber: input.stageNumber, cost: check.cost, chip };
  });
}

/** Field errors of a podium call against the field at the stage, keyed like the form. */
function checkCall(input: SaveReplayCallInput, loaded: LoadedReplayEvent): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const byId = new Map(fieldAtStage(loaded, input.stageNumber).map((crew) => [Number(crew.id), crew]));
  input.podium.forEach((crewId, index) => {
    const field = `p${index + 1}`;
    const crew = byId.get(crewId);
    if (!crew) errors[field] = [msg("play.action.pickFromField")];
    else if (crew.isRetired) errors[field] = [msg("play.action.crewRetired")];
    else if (input.podium.indexOf(crewId) !== index) errors[field] = [msg("play.action.pickDifferent")];
  });
  if (input.featuredBestId !== null) {
    const crew = byId.get(input.featuredBestId);
    if (!crew || crew.teamId !== String(loaded.event.featuredTeamId)) errors.featuredBest = [msg("play.action.pickFeatured")];
  }
  return errors;
}

/**
 * Saves the podium call for the run's open stage. Without a roster saved for the stage yet, the last
 * revealed roster carries over into it (as a live roster does); before any roster, there is nothing to carry.
 */
export async function saveReplayCall(db: Db, input: SaveReplayCallInput) {
  return withOpenStage(db, input, async (tx, { loaded, stageId, picks }) => {
    const errors = checkCall(input, loaded);
    if (Object.keys(errors).length > 0) throw new AppError("INVALID", msg("play.action.checkPicks"), errors);
    const carried = picks.find((pick) => pick.stageNumber === input.stageNumber) ?? lastRevealed(picks);
    if (!carried) throw new AppError("INVALID", msg("replay.action.rosterFirst"));
    const [p1, p2, p3] = input.podium;
    const crewIds = carried.crews.map(Number);
    await tx.$executeRaw`
      INSERT INTO replay_pick (run_id, stage_id, crew_ids, captain_crew_id, p1_crew_id, p2_crew_id, p3_crew_id, featured_best_crew_id, saved_at)
      VALUES (${input.runId}, ${stageId}, ${toPgArray(crewIds)}::int[], ${Number(carried.captain)}, ${p1}, ${p2}, ${p3}, ${input.featuredBestId}, now())
      ON CONFLICT (run_id, stage_id) DO UPDATE SET
        p1_crew_id = EXCLUDED.p1_crew_id, p2_crew_id = EXCLUDED.p2_crew_id, p3_crew_id = EXCLUDED.p3_crew_id,
        featured_best_crew_id = EXCLUDED.featured_best_crew_id, saved_at = EXCLUDED.saved_at`;
    return { stageNumber: input.stageNumber };
  });
}
