import "server-only";
import { stageLabelCapitalised } from "@/lib/format/stage-label";
import { isPublished } from "@/lib/game/results-status";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { ResultEntry } from "@/lib/game/results-csv";
import { checkResultEntries, replaceStageRows, writeResultsAudit } from "./result-rows";
import { lockStage, RESULTS_TRANSACTION_OPTIONS } from "./results-locks";

export type SaveStageResultsInput = {
  actorId: string;
  stageId: number;
  /** Stage.version when the admin opened the form. */
  expectedVersion: number;
  rows: readonly ResultEntry[];
};

/**
 * Saves a stage's results as a DRAFT (neither scored nor shown), replacing the rows entered before.
 * Published results change only through a correction, which needs a reason.
 */
export async function saveStageResults(db: Db, input: SaveStageResultsInput) {
  return db.$transaction(async (tx) => {
    const stage = await lockStage(tx, input.stageId, input.expectedVersion);
    if (isPublished(stage.resultsStatus)) {
      throw new AppError("INVALID", `${stageLabelCapitalised(stage)}'s results are published: change them with a correction, which needs a reason.`);
    }
    const rows = await checkResultEntries(tx, stage.eventId, stage.number, input.rows);
    const { before, after } = await replaceStageRows(tx, stage.id, rows);
    const { version } = await tx.stage.update({
      where: { id: stage.id },
      data: { resultsStatus: "DRAFT", version: { increment: 1 } },
      select: { version: true },
    });
    await writeResultsAudit(tx, {
      actorId: input.actorId,
      action: "save-stage-results",
      entityType: "stage",
      entityId: stage.id,
      before: { resultsStatus: stage.resultsStatus, rows: before },
      after: { resultsStatus: "DRAFT", rows: after },
    });
    return { stageId: stage.id, version, resultsStatus: "DRAFT" as const, rowCount: after.length };
  }, RESULTS_TRANSACTION_OPTIONS);
}
