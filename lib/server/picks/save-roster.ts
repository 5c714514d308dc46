import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { checkRoster } from "@/lib/game/roster";
import { describeRosterProblem } from "@/lib/i18n/roster-problems";
import { msg, translateEnglish, type Translate } from "@/lib/i18n/translate";
import { loadRosterSaveContext, type RosterSaveContext } from "./load-event-rules";
import { rosterSaveLock } from "@/lib/server/results/results-locks";
import { toPgArray } from "@/lib/server/results/pg-array";
import type { Chip } from "@/lib/game/rules";
import { listPlayedChips } from "./played-chips";

export type SaveRosterInput = {
  userId: string;
  eventSlug: string;
  crewIds: number[];
  captainId: number;
  /** A chip played with this roster, for the stage it is saved for (none when left out). */
  chip?: Chip | null;
};

type Inserted = { id: number; saved_at: Date; stage_number: number };

/**
 * Appends a roster version. It counts from the first stage that has not started when the row is
 * written: the database clock decides, in the same statement as the write, so a save racing a lock
 * lands either wholly before it or applies from the next stage, never in between. A refused roster
 * lists every broken rule, in `translate`'s language (the form passes the reader's).
 */
export async function saveRoster(db: Db, input: SaveRosterInput, translate: Translate = translateEnglish) {
  const context = await loadRosterSaveContext(db, input.userId, input.eventSlug);
  return saveRosterInContext(db, input, context, translate);
}

/** The save, once its context is read (the save endpoint reads it first to check the session). */
export async function saveRosterInContext(
  db: Db,
  input: SaveRosterInput,
  context: RosterSaveContext,
  translate: Translate = translateEnglish,
) {
  const { event, keptCrewIds } = context;
  if (event instanceof AppError) throw event;
  const featuredTeamId = event.featuredTeamId === null ? null : String(event.featuredTeamId);
  const check = checkRoster(
    { crewIds: input.crewIds.map(String), captainId: String(input.captainId) },
    event.crews,
    event.rules,
    featuredTeamId,
    keptCrewIds,
  );
  if (check.problems.length > 0) {
    const describe = (problem: (typeof check.problems)[number]) => describeRosterProblem(problem, translate);
    throw new AppError("INVALID", check.problems.map(describe).join(" "), {
      crewIds: check.problems.filter((problem) => problem.code !== "CAPTAIN").map(describe),
      captainId: check.problems.filter((problem) => problem.code === "CAPTAIN").map(describe),
    });
  }
  const chip = input.chip ?? null;
  if (chip !== null) await checkChip(db, input.userId, event, chip, translate);

  // One statement, so a save holds a pooled connection for one round trip (an interactive
  // transaction held it for six, and under a deadline rush saves queued for connections). In order:
  // the shared roster-save lock (see enterRosterSave), then one clock reading, which decides both
  // the next stage and the version's saved_at; no stage left writes nothing. The roster upsert is
  // one statement so two tabs saving a first roster at once both land, and its no-op update locks
  // the row: one player's saves take turns. FOR SHARE because the statement's snapshot is older
  // than its clock reading: a "lock now" (lockStageNow) that committed in between is invisible to a
  // plain read, which saw the old start and accepted a save after the new one (the bench's rush
  // caught it). Locking the row waits for a lock in progress, reads its latest committed version
  // and rechecks the start against the clock (READ COMMITTED's recheck), skipping to the next stage,
  // or none, once it has passed; and lockStageNow, which locks the row before reading its clock,
  // waits for the saves holding it.
  const [inserted] = await db.$queryRaw<Inserted[]>`
    WITH entered AS (${rosterSaveLock(event.id)}),
    clock AS (SELECT clock_timestamp() AS now FROM entered),
    next_stage AS (
      SELECT s.id, s.number, clock.now FROM stage s, clock
      WHERE s.event_id = ${event.id} AND s.status <> 'CANCELLED' AND s.starts_at > clock.now
      ORDER BY s.starts_at LIMIT 1
      FOR SHARE OF s
    ),
    roster AS (
      INSERT INTO roster (user_id, event_id, updated_at) SELECT ${input.userId}::uuid, ${event.id}, now() FROM next_stage
      ON CONFLICT (user_id, event_id) DO UPDATE SET user_id = EXCLUDED.user_id
      RETURNING id
    ),
    version AS (
      INSERT INTO roster_version (roster_id, captain_crew_id, saved_at, chip, chip_stage_id)
      SELECT roster.id, ${input.captainId}, next_stage.now, ${chip}::"Chip", CASE WHEN ${chip}::"Chip" IS NOT NULL THEN next_stage.id END
      FROM roster, next_stage
      RETURNING id, saved_at
    ),
    crews AS (
      INSERT INTO roster_version_crew (version_id, crew_id) SELECT version.id, unnest(${toPgArray(input.crewIds)}::int[]) FROM version
    )
    SELECT version.id, version.saved_at, next_stage.number AS stage_number FROM version, next_stage`;
  if (!inserted) throw new AppError("LOCKED", msg("play.action.rostersClosed"));
  return { versionId: inserted.id, savedAt: inserted.saved_at, appliesFromStage: inserted.stage_number, cost: check.cost, chip };
}

/** A chip the event offers and the player has not used yet (it may be moved to another stage until its stage starts). */
async function checkChip(
  db: Db,
  userId: string,
  event: { id: number; rules: { chips: readonly Chip[] } },
  chip: Chip,
  translate: Translate,
) {
  if (!event.rules.chips.includes(chip)) {
    throw new AppError("INVALID", translate(msg("play.chips.notOffered")), { chip: [translate(msg("play.chips.notOffered"))] });
  }
  const played = (await listPlayedChips(db, userId, event.id)).find((entry) => entry.chip === chip);
  if (played) {
    const message = translate(msg("play.chips.alreadyPlayed"), {
      stage: played.stageNumber === 0 ? "prologue" : "numbered",
      number: played.stageNumber,
    });
    throw new AppError("INVALID", message, { chip: [message] });
  }
}
