import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/server/db";
import { createBoss, QUEUES, type BossOptions } from "@/lib/server/jobs/boss";
import type { Mailer } from "@/lib/server/mail/transport";
import { deliverNotification } from "./deliver";
import { queueDueReminders } from "./lock-reminders";
import { fanOutResultsNotices, type ResultsNoticeTask } from "./results-notices";

/** Deliveries one instance runs at once: each waits mostly on the mail server. */
const DELIVERY_WORKERS = 4;

export type NotificationWorkers = { boss: PgBoss; stop(): Promise<void> };

/**
 * Starts this instance's share of the queue: delivery workers, the results fan-out and the
 * once-a-minute reminder scan (pg-boss's cron runs it on one instance per minute; it is safe to
 * run twice anyway, each reminder being unique per player and stage).
 */
export async function startNotificationWorkers(
  db: Db,
  mailer: Mailer,
  options: { url: string; pollingIntervalSeconds?: number } & BossOptions,
): Promise<NotificationWorkers> {
  const { url, pollingIntervalSeconds = 2, ...bossOptions } = options;
  const boss = createBoss(url, bossOptions);
  await boss.start();
  const work = { batchSize: 1, pollingIntervalSeconds };
  for (let index = 0; index < DELIVERY_WORKERS; index += 1) {
    await boss.work<{ notificationId: number }>(QUEUES.deliver, work, async ([job]) => {
      if (job) await deliverNotification(db, mailer, job.data.notificationId);
    });
  }
  await boss.work<ResultsNoticeTask>(QUEUES.resultsNotices, work, async ([job]) => {
    if (job) await fanOutResultsNotices(db, job.data);
  });
  await boss.work(QUEUES.lockReminders, work, async () => {
    await queueDueReminders(db);
  });
  await boss.schedule(QUEUES.lockReminders, "* * * * *");
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
