import "server-only";
import { stageLabelCapitalised } from "@/lib/format/stage-label";
import type { Db } from "@/lib/server/db";
import { AppError, conflictError } from "@/lib/server/errors";
import { writeResultsAudit } from "./result-rows";
import { lockStage, RESULTS_TRANSACTION_OPTIONS } from "./results-locks";

export type MarkStageOfficialInput = { actorId: string; stageId: number; expectedVersion?: number };

/**
 * PROVISIONAL → OFFICIAL. The scores do not change, so nothing is rescored. Idempotent: marking an
 * OFFICIAL stage again (a second admin, a double click) changes nothing and is not an error.
 */
export async function markStageOfficial(db: Db, input: MarkStageOfficialInput) {
  return db.$transaction(async (tx) => {
    const stage = await lockStage(tx, input.stageId);
    if (stage.resultsStatus === "OFFICIAL") return { stageId: stage.id, version: stage.version, isChanged: false };
    if (input.expectedVersion !== undefined && stage.version !== input.expectedVersion) throw conflictError("stage");
    if (stage.resultsStatus !== "PROVISIONAL") {
      throw new AppError("INVALID", `${stageLabelCapitalised(stage)}'s results are not published yet: publish them before making them official.`);
    }
    const { version } = await tx.stage.update({
      where: { id: stage.id },
      data: { resultsStatus: "OFFICIAL", version: { increment: 1 } },
      select: { version: true },
    });
    await writeResultsAudit(tx, {
      actorId: input.actorId,
      action: "mark-stage-official",
      entityType: "stage",
      entityId: stage.id,
      before: { resultsStatus: "PROVISIONAL" },
      after: { resultsStatus: "OFFICIAL" },
    });
    return { stageId: stage.id, version, isChanged: true };
  }, RESULTS_TRANSACTION_OPTIONS);
}
