import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/server/db";

// The durable queue: pg-boss keeps jobs in PostgreSQL (schema "pgboss"), claims them with
// SELECT ... FOR UPDATE SKIP LOCKED so one worker of one instance gets each, retries failures with
// backoff, and expires a claim whose worker died so that another retries it. It runs the same on
// PostgreSQL and on the embedded database.

export const QUEUES = {
  /** One message (a Notification row) to deliver: `{ notificationId }`. */
  deliver: "deliver-notification",
  /** After a publish or correction: queue each player's results notice. `{ stageId, publishedAt }`. */
  resultsNotices: "results-notices",
  /** Every minute: queue the lock reminders that are due. */
  lockReminders: "lock-reminders",
  /**
   * Lock the rosters of stages that have started and store their stats (lock-started-stages.ts):
   * `{ eventId }` when a stats page finds them missing, `{}` every minute for every event.
   */
  stageStats: "stage-stats",
} as const;

/** Retries of a delivery: 30 s, then doubling, six tries in all; a claim older than 2 minutes is retried. */
export const DELIVERY_OPTIONS = { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } as const;

export type BossOptions = { maintenanceIntervalSeconds?: number; schedule?: boolean; supervise?: boolean };

/** A pg-boss client on `url` with a small pool of its own (2 connections). */
export function createBoss(url: string, options: BossOptions = {}): PgBoss {
  const boss = new PgBoss({ connectionString: url, max: 2, application_name: "dune-draft-queue", ...options });
  boss.on("error", (error: unknown) => console.error("[queue]", error instanceof Error ? error.message : error));
  return boss;
}

/** Creates pg-boss's schema and our queues (idempotent): part of migrating a database. */
export async function installQueue(url: string): Promise<void> {
  const boss = createBoss(url, { schedule: false, supervise: false });
  await boss.start();
  try {
    for (const name of Object.values(QUEUES)) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...DELIVERY_OPTIONS });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** pg-boss's SQL run on a Prisma transaction: a job written this way commits or rolls back with it. */
export function inTransaction(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values);
      return { rows };
    },
  };
}
