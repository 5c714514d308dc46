import "server-only";
import type { Wording } from "@/lib/server/admin/wording";
import type { Db } from "@/lib/server/db";
import { formatInTimeZone } from "@/lib/format/date-time";
import { stageTitleValues } from "@/lib/format/stage-label";
import { msg } from "@/lib/i18n/translate";
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

/** The refusals' {kind} and {number}: each language says "the prologue" or "stage 4" its own way. */
const stageValues = (stage: LockedStage) => stageTitleValues({ number: stage.number, name: null });

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
  cannotPublish: (stage, { t }) =>
    stage.status === "CANCELLED" ? t(msg("admin.resultsRefusals.stage.cancelled"), stageValues(stage)) : null,
  // In UTC, as always here: the locked stage row carries no event time zone, and UTC reads the same wherever the admin is.
  cannotPublishYet: (stage, { t, locale }) =>
    stage.hasStarted
      ? null
      : t(msg("admin.resultsRefusals.stage.notStarted"), {
          ...stageValues(stage),
          time: formatInTimeZone(stage.startsAt, "UTC", {}, locale),
        }),
  queueNotices: (tx, stage, version) => queueResultsNotices(tx, { stageId: stage.id, version }),
  refusals: (stage, { t }) => {
    const values = stageValues(stage);
    return {
      savePublished: t(msg("admin.resultsRefusals.stage.savePublished"), values),
      correctUnpublished: t(msg("admin.resultsRefusals.stage.correctUnpublished"), values),
      correctEmpty: t(msg("admin.resultsRefusals.stage.correctEmpty")),
      publishEmpty: t(msg("admin.resultsRefusals.stage.publishEmpty"), values),
      officialUnpublished: t(msg("admin.resultsRefusals.stage.officialUnpublished"), values),
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
export async function publishStageResults(db: Db, input: ResultsRelease & { stageId: number }, wording?: Wording) {
  return byStage(await publishResults(db, STAGE, input.stageId, input, wording));
}

/** Replaces a published stage's rows, re-opens it as PROVISIONAL with the reason and the time, and rescores. */
export async function correctStageResults(db: Db, input: ResultsCorrection & { stageId: number }, wording?: Wording) {
  return byStage(await correctResults(db, STAGE, input.stageId, input, wording));
}

/** PROVISIONAL → OFFICIAL for a stage; idempotent, no rescore. */
export async function markStageOfficial(db: Db, input: ResultsRelease & { stageId: number }, wording?: Wording) {
  return byStage(await markResultsOfficial(db, STAGE, input.stageId, input, wording));
}
