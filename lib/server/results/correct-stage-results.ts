import "server-only";
import { stageLabelCapitalised } from "@/lib/format/stage-label";
import { isPublished } from "@/lib/game/results-status";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { ResultEntry } from "@/lib/game/results-csv";
import { checkResultEntries, readCorrectionReason, replaceStageRows, writeResultsAudit } from "./result-rows";
import { lockStage, RESULTS_TRANSACTION_OPTIONS } from "./results-locks";
import { rescoreEvent } from "./rescore-event";

export type CorrectStageResultsInput = {
  actorId: string;
  stageId: number;
  /** Stage.version when the admin opened the form. */
  expectedVersion: number;
  rows: readonly ResultEntry[];
  /** Why the published results change; shown with the stage and kept in the audit log. */
  reason: string;
};

/**
 * Replaces the rows of a published stage, re-opens it as PROVISIONAL with the reason and the time,
 * and rescores the event, in one transaction.
 */
export async function correctStageResults(db: Db, input: CorrectStageResultsInput) {
  const reason = readCorrectionReason(input.reason);
  return db.$transaction(async (tx) => {
    const stage = await lockStage(tx, input.stageId, input.expectedVersion);
    if (!isPublished(stage.resultsStatus)) {
      throw new AppError("INVALID", `${stageLabelCapitalised(stage)}'s results are not published: save the draft and publish it instead.`);
    }
    const rows = await checkResultEntries(tx, stage.eventId, stage.number, input.rows);
    if (rows.length === 0) throw new AppError("INVALID", "A correction cannot remove every result: published results keep at least one row.");
    const { before, after, isChanged } = await replaceStageRows(tx, stage.id, rows);
    const { version } = await tx.stage.update({
      where: { id: stage.id },
      data: { resultsStatus: "PROVISIONAL", correctedAt: stage.now, correctionReason: reason, version: { increment: 1 } },
      select: { version: true },
    });
    await writeResultsAudit(tx, {
      actorId: input.actorId,
      action: "correct-stage-results",
      entityType: "stage",
      entityId: stage.id,
      before: { resultsStatus: stage.resultsStatus, rows: before },
      after: { resultsStatus: "PROVISIONAL", correctedAt: stage.now, rows: after },
      reason,
    });
    const rescore = await rescoreEvent(tx, stage.eventId, { stageId: stage.id });
    return { stageId: stage.id, version, resultsStatus: "PROVISIONAL" as const, isChanged, rescore };
  }, RESULTS_TRANSACTION_OPTIONS);
}
