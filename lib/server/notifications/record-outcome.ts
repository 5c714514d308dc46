import "server-only";
import type { Db } from "@/lib/server/db";
import { toPgArray } from "@/lib/server/results/pg-array";

// A delivery's outcome, written with one plain statement each: the workers record one per message.

/** Sent on some channels, or skipped and why. */
export type Outcome = { status: "SENT"; channels: string[] } | { status: "SKIPPED"; reason: string };

/** The outcome, with one more attempt counted. */
export async function recordOutcome(db: Db, id: number, outcome: Outcome): Promise<void> {
  const isSent = outcome.status === "SENT";
  await db.$executeRaw`
    UPDATE notification
    SET status = ${outcome.status}::"NotificationStatus", channels = ${toPgArray(isSent ? outcome.channels : [])}::text[],
        sent_at = ${isSent ? new Date() : null}::timestamptz, error = ${isSent ? null : outcome.reason}::text, attempts = attempts + 1
    WHERE id = ${id}`;
}

/** A failed try: its error kept (no message body), and FAILED once the last attempt has failed. */
export async function recordFailure(db: Db, id: number, error: string, maxAttempts: number): Promise<void> {
  await db.$executeRaw`
    UPDATE notification
    SET error = ${error}, attempts = attempts + 1, status = CASE WHEN attempts + 1 >= ${maxAttempts} THEN 'FAILED'::"NotificationStatus" ELSE status END
    WHERE id = ${id}`;
}
