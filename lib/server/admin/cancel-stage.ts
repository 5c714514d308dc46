import "server-only";
import type { Db } from "@/lib/server/db";
import { writeAudit, type Actor } from "./audit";
import { countPublishedStagesAfter } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { lockVersionedRow } from "./row-guards";
import { assertStageOrder } from "./stage-order";
import { ENGLISH_WORDING, type Wording } from "./wording";

export type StageCancellationInput = Actor & { stageId: number; expectedVersion: number; cancelled: boolean };

/**
 * Cancels a stage (it never locks and scores nothing for anyone) or brings it back. Its results,
 * if any, are kept. When it or a later stage has published results, the event rescores in the same
 * transaction (a cancelled stage also drops out of the transfer count).
 */
export async function setStageCancelled(db: Db, input: StageCancellationInput, wording: Wording = ENGLISH_WORDING) {
  return db.$transaction(async (tx) => {
    await lockVersionedRow(tx, "stage", input.stageId, input.expectedVersion);
    const stage = await tx.stage.findUniqueOrThrow({ where: { id: input.stageId }, include: { event: { select: { timeZone: true } } } });
    if ((stage.status === "CANCELLED") === input.cancelled) return { changed: false, rescored: false };

    // Back in: SCHEDULED, whatever the clock says; the lock state is always derived from startsAt.
    const status = input.cancelled ? "CANCELLED" : "SCHEDULED";
    if (!input.cancelled) await assertStageOrder(tx, stage.eventId, stage.event.timeZone, { ...stage, status }, null, wording);
    await lockScoring(tx, stage.eventId);
    const rescore = (await countPublishedStagesAfter(tx, stage.eventId, stage.number - 1)) > 0;
    await tx.stage.update({ where: { id: stage.id }, data: { status, version: { increment: 1 } } });
    await rescoreAfterChange(tx, stage.eventId, { isPublishedAffected: rescore });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: input.cancelled ? "cancel-stage" : "uncancel-stage",
      entityType: "stage",
      entityId: stage.id,
      before: { status: stage.status },
      after: { status },
    });
    return { changed: true, rescored: rescore };
  }, SCORING_TRANSACTION_OPTIONS);
}
