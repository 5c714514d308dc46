import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/server/db";
import { DELIVERY_OPTIONS, inTransaction, QUEUES } from "@/lib/server/jobs/boss";

// Jobs are written with the caller's transaction, so this client never connects: its SQL runs on
// the transaction (pg-boss's `db` option). The workers have their own, started client.
let sender: PgBoss | undefined;
function jobWriter(): PgBoss {
  sender ??= new PgBoss({ connectionString: "postgresql://unused.invalid/unused" });
  return sender;
}

const CHUNK = 5_000;

/**
 * For the transactions that queue a message per player (reminders, results notices): at 100,000
 * players they take seconds (bench/README.md), past Prisma's 5-second default, which would roll
 * them back on every try.
 */
export const FAN_OUT_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 5 * 60_000 } as const;

/** Delivery jobs for notifications just inserted, in the same transaction. */
export async function queueDeliveries(tx: Tx, notificationIds: number[]): Promise<void> {
  for (let start = 0; start < notificationIds.length; start += CHUNK) {
    const jobs = notificationIds
      .slice(start, start + CHUNK)
      .map((notificationId) => ({ name: QUEUES.deliver, data: { notificationId }, ...DELIVERY_OPTIONS }));
    await jobWriter().insert(jobs, { db: inTransaction(tx) });
  }
}

/** A job for one of the queue's other tasks (results notices, stage stats), in the caller's transaction. */
export async function queueTask(
  tx: Tx,
  name: (typeof QUEUES)["resultsNotices" | "stageStats"],
  data: object,
  startAfterSeconds = 0,
): Promise<void> {
  await jobWriter().insert(
    [
      {
        name,
        data,
        ...DELIVERY_OPTIONS,
        ...(startAfterSeconds > 0 ? { startAfter: new Date(Date.now() + startAfterSeconds * 1000) } : {}),
      },
    ],
    {
      db: inTransaction(tx),
    },
  );
}

export type NotificationRequest = { userId: string; kind: "VERIFY_EMAIL" | "RESET_PASSWORD" | "ACCOUNT_EXISTS"; dedupeKey: string };

/**
 * Queues one message for one player unless the same (player, kind, subject) is already queued or
 * sent. Returns whether it was queued.
 */
export async function queueNotification(tx: Tx, request: NotificationRequest): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO notification (user_id, kind, dedupe_key)
    VALUES (${request.userId}::uuid, ${request.kind}::"NotificationKind", ${request.dedupeKey})
    ON CONFLICT (user_id, kind, dedupe_key) DO NOTHING
    RETURNING id`;
  await queueDeliveries(
    tx,
    rows.map((row) => row.id),
  );
  return rows.length > 0;
}
