import "server-only";
import type { Wording } from "@/lib/server/admin/wording";
import type { Db } from "@/lib/server/db";
import { formatUtc } from "@/lib/format/date-time";
import { stageLabelCapitalised } from "@/lib/format/stage-label";
import { queueResultsNotices } from "@/lib/server/notifications/results-notices";
import { replaceStageRows } from "./result-rows";
import { lockStage, type LockedStage } from "./results-locks";
import {
  correctResults,
  markResultsOfficial,
  publishResults,
  saveResults,
  type ResultsCorrection,
  type ResultsEdit,
  type ResultsRelease,
  type ResultsTarget,
} from "./results-lifecycle";

// A stage's results through their lifecycle (results-lifecycle.ts): scored for that stage only.

const STAGE: ResultsTarget<LockedStage> = {
  name: "stage",
  entity: "stage",
  fields: { status: "resultsStatus", publishedAt: "resultsPublishedAt" },
  lock: lockStage,
  stageNumber: (stage) => stage.number,
  replaceRows: (tx, stage, rows) => replaceStageRows(tx, stage.id, rows),
  countRows: (tx, stage) => tx.stageResult.count({ where: { stageId: stage.id } }),
  writeStatus: async (tx, stage, { resultsStatus, publishedAt, correction }) => {
    const { version } = await tx.stage.update({
      where: { id: stage.id },
      data: {
        resultsStatus,
        resultsPublishedAt: publishedAt,
        correctedAt: correction?.at,
        correctionReason: correction?.reason,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    return version;
  },
  change: (stage) => ({ stageId: stage.id }),
  cannotPublish: (stage) =>
    stage.status === "CANCELLED"
      ? `${stageLabelCapitalised(stage)} is cancelled: it scores nothing, so there are no results to publish.`
      : null,
  cannotPublishYet: (stage) =>
    stage.hasStarted
      ? null
      : `${stageLabelCapitalised(stage)} has not started yet (it starts ${formatUtc(stage.startsAt)}): publish its results once it has run.`,
  queueNotices: (tx, stage, version) => queueResultsNotices(tx, { stageId: stage.id, version }),
  refusals: (stage) => {
    const title = stageLabelCapitalised(stage);
    return {
      savePublished: `${title}'s results are published: change them with a correction, which needs a reason.`,
      correctUnpublished: `${title}'s results are not published: save the draft and publish it instead.`,
      correctEmpty: "A correction cannot remove every result: published results keep at least one row.",
      publishEmpty: `${title} has no results to publish: enter the classification and save it first.`,
      officialUnpublished: `${title}'s results are not published yet: publish them before making them official.`,
    };
  },
};

/** The lifecycle's answer, keyed by stage as callers have always read it. */
const byStage = <T extends { id: number }>({ id, ...rest }: T) => ({ stageId: id, ...rest });

/** Saves a stage's results as a DRAFT, replacing the rows entered before. */
export async function saveStageResults(db: Db, input: ResultsEdit & { stageId: number }, wording?: Wording) {
  return byStage(await saveResults(db, STAGE, input.stageId, input, wording));
}

/** Publishes a stage's DRAFT results as PROVISIONAL and rescores that stage. */
export async function publishStageResults(db: Db, input: ResultsRelease & { stageId: number }) {
  return byStage(await publishResults(db, STAGE, input.stageId, input));
}

/** Replaces a published stage's rows, re-opens it as PROVISIONAL with the reason and the time, and rescores. */
export async function correctStageResults(db: Db, input: ResultsCorrection & { stageId: number }, wording?: Wording) {
  return byStage(await correctResults(db, STAGE, input.stageId, input, wording));
}

/** PROVISIONAL → OFFICIAL for a stage; idempotent, no rescore. */
export async function markStageOfficial(db: Db, input: ResultsRelease & { stageId: number }) {
  return byStage(await markResultsOfficial(db, STAGE, input.stageId, input));
}
