import "server-only";
import { formatUtc } from "@/lib/format/date-time";
import { stageLabelCapitalised } from "@/lib/format/stage-label";
import { isPublished } from "@/lib/game/results-status";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { writeResultsAudit } from "./result-rows";
import { lockStage, RESULTS_TRANSACTION_OPTIONS } from "./results-locks";
import { rescoreEvent } from "./rescore-event";

export type PublishStageResultsInput = {
  actorId: string;
  stageId: number;
  /** Stage.version the admin saw: refuses to publish rows someone changed since. */
  expectedVersion?: number;
};

/**
 * Publishes a stage's DRAFT results as PROVISIONAL and rescores the event, in one transaction.
 * Publishing results that are already published changes nothing: it only rescores, which finds
 * every score as it is.
 */
export async function publishStageResults(db: Db, input: PublishStageResultsInput) {
  return db.$transaction(async (tx) => {
    const stage = await lockStage(tx, input.stageId, input.expectedVersion);
    const title = stageLabelCapitalised(stage);
    if (stage.status === "CANCELLED") throw new AppError("INVALID", `${title} is cancelled: it scores nothing, so there are no results to publish.`);
    if (isPublished(stage.resultsStatus)) {
      const rescore = await rescoreEvent(tx, stage.eventId, { stageId: stage.id });
      return { stageId: stage.id, version: stage.version, resultsStatus: stage.resultsStatus, isRepublished: true, rescore };
    }
    if (!stage.hasStarted) {
      throw new AppError("INVALID", `${title} has not started yet (it starts ${formatUtc(stage.startsAt)}): publish its results once it has run.`);
    }
    const rowCount = await tx.stageResult.count({ where: { stageId: stage.id } });
    if (rowCount === 0) throw new AppError("INVALID", `${title} has no results to publish: enter the classification and save it first.`);

    const { version } = await tx.stage.update({
      where: { id: stage.id },
      data: { resultsStatus: "PROVISIONAL", resultsPublishedAt: stage.now, version: { increment: 1 } },
      select: { version: true },
    });
    await writeResultsAudit(tx, {
      actorId: input.actorId,
      action: "publish-stage-results",
      entityType: "stage",
      entityId: stage.id,
      before: { resultsStatus: stage.resultsStatus },
      after: { resultsStatus: "PROVISIONAL", resultsPublishedAt: stage.now, rowCount },
    });
    const rescore = await rescoreEvent(tx, stage.eventId, { stageId: stage.id });
    return { stageId: stage.id, version, resultsStatus: "PROVISIONAL" as const, isRepublished: false, rescore };
  }, RESULTS_TRANSACTION_OPTIONS);
}
