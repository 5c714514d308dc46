import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseClockNow } from "@/lib/server/clock";
import { formatInTimeZone } from "@/lib/format/date-time";
import type { Tx } from "@/lib/server/db";
import { writeAudit, type Actor } from "./audit";
import { countPublishedStagesAfter } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { fieldError, lockVersionedRow } from "./row-guards";
import { toStageStart } from "./save-stage";
import { assertStageOrder } from "./stage-order";
import { msg } from "@/lib/i18n/translate";
import { ENGLISH_WORDING, stageInSentence, type Wording } from "./wording";

type StageTarget = Actor & { stageId: number; expectedVersion: number };
export type MoveStageStartInput = StageTarget & { startsAtLocal: string };

type StartChange = { changed: boolean; startsAt: Date; timeZone: string; rescored: boolean };

async function loadStage(tx: Tx, input: StageTarget) {
  await lockVersionedRow(tx, "stage", input.stageId, input.expectedVersion);
  return tx.stage.findUniqueOrThrow({
    where: { id: input.stageId },
    include: { event: { select: { timeZone: true } }, _count: { select: { results: true } } },
  });
}

type LoadedStage = Awaited<ReturnType<typeof loadStage>>;

/** Writes a new start (already checked against the clock), rescoring when published scores depend on it. */
async function applyStart(
  tx: Tx,
  stage: LoadedStage,
  startsAt: Date,
  actor: Actor,
  action: "move-stage-start" | "lock-stage-now",
  wording: Wording,
): Promise<StartChange> {
  const { timeZone } = stage.event;
  await assertStageOrder(tx, stage.eventId, timeZone, { ...stage, startsAt }, "startsAtLocal", wording);
  await lockScoring(tx, stage.eventId);
  const rescore = (await countPublishedStagesAfter(tx, stage.eventId, stage.number - 1)) > 0;
  await tx.stage.update({ where: { id: stage.id }, data: { startsAt, version: { increment: 1 } } });
  await rescoreAfterChange(tx, stage.eventId, { isPublishedAffected: rescore });
  await writeAudit(tx, {
    actorId: actor.actorId,
    action,
    entityType: "stage",
    entityId: stage.id,
    before: { startsAt: stage.startsAt, local: formatInTimeZone(stage.startsAt, timeZone), timeZone },
    after: { startsAt, local: formatInTimeZone(startsAt, timeZone), timeZone },
  });
  return { changed: true, startsAt, timeZone, rescored: rescore };
}

/**
 * Moves a stage's start, which is its lock, to a time that has not come yet. Never into the past:
 * that would lock the stage retroactively, dropping rosters saved since the new start while calls
 * saved at the same moment stayed (locking now is "Lock now"). A stage that has locked never
 * reopens (its picks are public by then). Both checks use the database clock at the write.
 */
export async function moveStageStart(db: Db, input: MoveStageStartInput, wording: Wording = ENGLISH_WORDING): Promise<StartChange> {
  const { t, locale } = wording;
  return db.$transaction(async (tx) => {
    const stage = await loadStage(tx, input);
    const { timeZone } = stage.event;
    const local = (at: Date) => formatInTimeZone(at, timeZone, {}, locale);
    const startsAt = toStageStart(input.startsAtLocal, timeZone, wording);
    if (startsAt.getTime() === stage.startsAt.getTime()) return { changed: false, startsAt, timeZone, rescored: false };

    const now = await getDatabaseClockNow(tx);
    if (stage.startsAt <= now) {
      throw fieldError("CONFLICT", "startsAtLocal", t(msg("admin.errors.lockedNoMove"), { time: local(stage.startsAt) }));
    }
    if (startsAt <= now) {
      throw fieldError("INVALID", "startsAtLocal", t(msg("admin.errors.startPassed"), { now: local(now) }));
    }
    if (stage._count.results > 0) {
      throw fieldError("CONFLICT", "startsAtLocal", t(msg("admin.errors.resultsNoMove"), { stage: stageInSentence(wording, stage) }));
    }
    return applyStart(tx, stage, startsAt, input, "move-stage-start", wording);
  }, SCORING_TRANSACTION_OPTIONS);
}

/** "Lock now": the stage starts, and so locks, at this moment (database clock at the write). */
export async function lockStageNow(db: Db, input: StageTarget, wording: Wording = ENGLISH_WORDING): Promise<StartChange> {
  const { t, locale } = wording;
  return db.$transaction(async (tx) => {
    const stage = await loadStage(tx, input);
    const now = await getDatabaseClockNow(tx);
    if (stage.status === "CANCELLED") {
      throw fieldError("CONFLICT", "startsAtLocal", t(msg("admin.errors.cancelledNoLock"), { stage: stageInSentence(wording, stage) }));
    }
    if (stage.startsAt <= now) {
      const time = formatInTimeZone(stage.startsAt, stage.event.timeZone, {}, locale);
      throw fieldError("CONFLICT", "startsAtLocal", t(msg("admin.errors.alreadyLocked"), { time }));
    }
    return applyStart(tx, stage, now, input, "lock-stage-now", wording);
  }, SCORING_TRANSACTION_OPTIONS);
}
