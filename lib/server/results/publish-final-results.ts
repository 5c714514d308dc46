import "server-only";
import { isPublished } from "@/lib/game/results-status";
import type { Db } from "@/lib/server/db";
import { AppError, conflictError } from "@/lib/server/errors";
import { writeResultsAudit } from "./result-rows";
import { lockEvent, RESULTS_TRANSACTION_OPTIONS } from "./results-locks";
import { rescoreEvent } from "./rescore-event";

export type PublishFinalResultsInput = {
  actorId: string;
  eventId: number;
  /** Event.version the admin saw: refuses to publish rows someone changed since. */
  expectedVersion?: number;
};

/**
 * Publishes the DRAFT final classification as PROVISIONAL and rescores (the final bonus), in one
 * transaction. Publishing it again changes nothing.
 */
export async function publishFinalResults(db: Db, input: PublishFinalResultsInput) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId, input.expectedVersion);
    if (isPublished(event.finalStatus)) {
      const rescore = await rescoreEvent(tx, event.id, { final: true });
      return { eventId: event.id, version: event.version, finalStatus: event.finalStatus, isRepublished: true, rescore };
    }
    if (!event.hasLastStageStarted) {
      throw new AppError("INVALID", "The rally is not over: publish the final classification once the last stage has started.");
    }
    const rowCount = await tx.finalResult.count({ where: { eventId: event.id } });
    if (rowCount === 0) throw new AppError("INVALID", "There is no final classification to publish: enter it and save it first.");

    const { version } = await tx.event.update({
      where: { id: event.id },
      data: { finalStatus: "PROVISIONAL", finalPublishedAt: event.now, version: { increment: 1 } },
      select: { version: true },
    });
    await writeResultsAudit(tx, {
      actorId: input.actorId,
      action: "publish-final-results",
      entityType: "event",
      entityId: event.id,
      before: { finalStatus: event.finalStatus },
      after: { finalStatus: "PROVISIONAL", finalPublishedAt: event.now, rowCount },
    });
    const rescore = await rescoreEvent(tx, event.id, { final: true });
    return { eventId: event.id, version, finalStatus: "PROVISIONAL" as const, isRepublished: false, rescore };
  }, RESULTS_TRANSACTION_OPTIONS);
}

/** PROVISIONAL → OFFICIAL for the final classification; idempotent, no rescore (scores do not change). */
export async function markFinalOfficial(db: Db, input: PublishFinalResultsInput) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    if (event.finalStatus === "OFFICIAL") return { eventId: event.id, version: event.version, isChanged: false };
    if (input.expectedVersion !== undefined && event.version !== input.expectedVersion) throw conflictError("event");
    if (event.finalStatus !== "PROVISIONAL") throw new AppError("INVALID", "The final classification is not published yet: publish it before making it official.");
    const { version } = await tx.event.update({ where: { id: event.id }, data: { finalStatus: "OFFICIAL", version: { increment: 1 } }, select: { version: true } });
    await writeResultsAudit(tx, {
      actorId: input.actorId,
      action: "mark-final-official",
      entityType: "event",
      entityId: event.id,
      before: { finalStatus: "PROVISIONAL" },
      after: { finalStatus: "OFFICIAL" },
    });
    return { eventId: event.id, version, isChanged: true };
  }, RESULTS_TRANSACTION_OPTIONS);
}
