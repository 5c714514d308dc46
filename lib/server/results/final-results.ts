import "server-only";
import type { Wording } from "@/lib/server/admin/wording";
import type { Db, Tx } from "@/lib/server/db";
import { msg } from "@/lib/i18n/translate";
import { replaceFinalRows } from "./result-rows";
import { lockEvent, type LockedEvent } from "./results-locks";
import {
  correctResults,
  markResultsOfficial,
  publishResults,
  saveResults,
  type LockedTarget,
  type ResultsCorrection,
  type ResultsEdit,
  type ResultsRelease,
  type ResultsTarget,
} from "./results-lifecycle";

// An event's final classification through the results lifecycle (results-lifecycle.ts): its rows
// carry no penalties (final times include them) and it scores the final bonus.

type LockedFinal = LockedEvent & LockedTarget;

async function lockFinal(tx: Tx, eventId: number, expectedVersion?: number): Promise<LockedFinal> {
  const event = await lockEvent(tx, eventId, expectedVersion);
  return { ...event, eventId: event.id, resultsStatus: event.finalStatus };
}

const FINAL: ResultsTarget<LockedFinal> = {
  name: "final",
  entity: "event",
  fields: { status: "finalStatus", publishedAt: "finalPublishedAt" },
  lock: lockFinal,
  stageNumber: () => null,
  replaceRows: (tx, event, rows) => replaceFinalRows(tx, event.id, rows),
  countRows: (tx, event) => tx.finalResult.count({ where: { eventId: event.id } }),
  // A correction's reason and time are in the audit log only: the event row has no place for them.
  writeStatus: async (tx, event, { resultsStatus, publishedAt }) => {
    const { version } = await tx.event.update({
      where: { id: event.id },
      data: { finalStatus: resultsStatus, finalPublishedAt: publishedAt, version: { increment: 1 } },
      select: { version: true },
    });
    return version;
  },
  change: () => ({ final: true }),
  cannotPublish: () => null,
  cannotPublishYet: (event, { t }) => (event.hasLastStageStarted ? null : t(msg("admin.resultsRefusals.final.notOver"))),
  // The final classification's bonus shows on the boards; its notice is the last stage's.
  queueNotices: async () => undefined,
  refusals: (_event, { t }) => ({
    savePublished: t(msg("admin.resultsRefusals.final.savePublished")),
    correctUnpublished: t(msg("admin.resultsRefusals.final.correctUnpublished")),
    correctEmpty: t(msg("admin.resultsRefusals.final.correctEmpty")),
    publishEmpty: t(msg("admin.resultsRefusals.final.publishEmpty")),
    officialUnpublished: t(msg("admin.resultsRefusals.final.officialUnpublished")),
  }),
};

/** The lifecycle's answer, keyed by event as callers have always read it. */
const byEvent = <T extends { id: number; resultsStatus: unknown }>({ id, resultsStatus, ...rest }: T) => ({
  eventId: id,
  finalStatus: resultsStatus,
  ...rest,
});

/** Saves the final classification as a DRAFT, replacing the rows entered before. */
export async function saveFinalResults(db: Db, input: ResultsEdit & { eventId: number }, wording?: Wording) {
  return byEvent(await saveResults(db, FINAL, input.eventId, input, wording));
}

/** Publishes the DRAFT final classification as PROVISIONAL and rescores the final bonus. */
export async function publishFinalResults(db: Db, input: ResultsRelease & { eventId: number }, wording?: Wording) {
  return byEvent(await publishResults(db, FINAL, input.eventId, input, wording));
}

/** Replaces a published final classification, re-opens it as PROVISIONAL and rescores the final bonus. */
export async function correctFinalResults(db: Db, input: ResultsCorrection & { eventId: number }, wording?: Wording) {
  return byEvent(await correctResults(db, FINAL, input.eventId, input, wording));
}

/** PROVISIONAL → OFFICIAL for the final classification; idempotent, no rescore. */
export async function markFinalOfficial(db: Db, input: ResultsRelease & { eventId: number }, wording?: Wording) {
  return byEvent(await markResultsOfficial(db, FINAL, input.eventId, input, wording));
}
