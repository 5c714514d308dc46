import "server-only";
import type { Db } from "@/lib/server/db";
import { formatInTimeZone } from "@/lib/format/date-time";
import { writeAudit, type Actor } from "./audit";
import { countPublishedStagesAfter } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { fieldError, lockVersionedRow } from "./row-guards";
import { toStageStart } from "./save-stage";
import { getDatabaseNow } from "@/lib/server/clock";
import { assertStageOrder } from "./stage-order";
import { stageLabel } from "@/lib/format/stage-label";

export type MoveStageStartInput = Actor & { stageId: number; expectedVersion: number; startsAtLocal: string };

/**
 * Moves a stage's start, which is its lock: rosters and calls saved before the new time count.
 * A stage that has locked never reopens (its picks are public by then). When this stage or a later
 * one has published results, the event rescores in the same transaction: which roster counted for
 * this stage, and so the transfers of the stages after it, may change.
 */
export async function moveStageStart(db: Db, input: MoveStageStartInput) {
  return db.$transaction(async (tx) => {
    await lockVersionedRow(tx, "stage", input.stageId, input.expectedVersion);
    const stage = await tx.stage.findUniqueOrThrow({
      where: { id: input.stageId },
      include: { event: { select: { timeZone: true } }, _count: { select: { results: true } } },
    });
    const { timeZone } = stage.event;
    const startsAt = toStageStart(input.startsAtLocal, timeZone);
    if (startsAt.getTime() === stage.startsAt.getTime()) return { changed: false, startsAt, timeZone, rescored: false };

    const now = await getDatabaseNow(tx);
    const name = stageLabel(stage);
    if (startsAt > now && stage.startsAt <= now) {
      throw fieldError(
        "CONFLICT",
        "startsAtLocal",
        `This stage locked at ${formatInTimeZone(stage.startsAt, timeZone)} local time and its picks are public: its start can only move to a time that has passed`,
      );
    }
    if (startsAt > now && stage._count.results > 0) {
      throw fieldError("CONFLICT", "startsAtLocal", `Results are entered for ${name}: its start can only move to a time that has passed`);
    }
    await assertStageOrder(tx, stage.eventId, timeZone, { ...stage, startsAt }, "startsAtLocal");

    await lockScoring(tx, stage.eventId);
    const rescore = (await countPublishedStagesAfter(tx, stage.eventId, stage.number - 1)) > 0;
    await tx.stage.update({ where: { id: stage.id }, data: { startsAt, version: { increment: 1 } } });
    await rescoreAfterChange(tx, stage.eventId, { isPublishedAffected: rescore });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "move-stage-start",
      entityType: "stage",
      entityId: stage.id,
      before: { startsAt: stage.startsAt, local: formatInTimeZone(stage.startsAt, timeZone), timeZone },
      after: { startsAt, local: formatInTimeZone(startsAt, timeZone), timeZone },
    });
    return { changed: true, startsAt, timeZone, rescored: rescore };
  }, SCORING_TRANSACTION_OPTIONS);
}
