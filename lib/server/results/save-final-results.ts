import "server-only";
import { isPublished } from "@/lib/game/results-status";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { ResultEntry } from "@/lib/game/results-csv";
import { checkResultEntries, readCorrectionReason, replaceFinalRows, writeResultsAudit } from "./result-rows";
import { lockEvent, RESULTS_TRANSACTION_OPTIONS } from "./results-locks";
import { rescoreEvent } from "./rescore-event";

export type SaveFinalResultsInput = {
  actorId: string;
  eventId: number;
  /** Event.version when the admin opened the form. */
  expectedVersion: number;
  /** The final classification; `penaltySeconds` is ignored (final times include penalties). */
  rows: readonly ResultEntry[];
};

/** Saves the final classification as a DRAFT, replacing the rows entered before. */
export async function saveFinalResults(db: Db, input: SaveFinalResultsInput) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId, input.expectedVersion);
    if (isPublished(event.finalStatus)) {
      throw new AppError("INVALID", "The final classification is published: change it with a correction, which needs a reason.");
    }
    const rows = await checkResultEntries(tx, event.id, null, input.rows);
    const { before, after } = await replaceFinalRows(tx, event.id, rows);
    const { version } = await tx.event.update({
      where: { id: event.id },
      data: { finalStatus: "DRAFT", version: { increment: 1 } },
      select: { version: true },
    });
    await writeResultsAudit(tx, {
      actorId: input.actorId,
      action: "save-final-results",
      entityType: "event",
      entityId: event.id,
      before: { finalStatus: event.finalStatus, rows: before },
      after: { finalStatus: "DRAFT", rows: after },
    });
    return { eventId: event.id, version, finalStatus: "DRAFT" as const, rowCount: after.length };
  }, RESULTS_TRANSACTION_OPTIONS);
}

export type CorrectFinalResultsInput = SaveFinalResultsInput & { reason: string };

/** Replaces a published final classification, re-opens it as PROVISIONAL and rescores the final bonus. */
export async function correctFinalResults(db: Db, input: CorrectFinalResultsInput) {
  const reason = readCorrectionReason(input.reason);
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId, input.expectedVersion);
    if (!isPublished(event.finalStatus)) {
      throw new AppError("INVALID", "The final classification is not published: save the draft and publish it instead.");
    }
    const rows = await checkResultEntries(tx, event.id, null, input.rows);
    if (rows.length === 0) throw new AppError("INVALID", "A correction cannot remove every row of the final classification.");
    const { before, after, isChanged } = await replaceFinalRows(tx, event.id, rows);
    const { version } = await tx.event.update({
      where: { id: event.id },
      data: { finalStatus: "PROVISIONAL", version: { increment: 1 } },
      select: { version: true },
    });
    await writeResultsAudit(tx, {
      actorId: input.actorId,
      action: "correct-final-results",
      entityType: "event",
      entityId: event.id,
      before: { finalStatus: event.finalStatus, rows: before },
      after: { finalStatus: "PROVISIONAL", correctedAt: event.now, rows: after },
      reason,
    });
    const rescore = await rescoreEvent(tx, event.id, { final: true });
    return { eventId: event.id, version, finalStatus: "PROVISIONAL" as const, isChanged, rescore };
  }, RESULTS_TRANSACTION_OPTIONS);
}
