import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/server/db";
import { createBoss, QUEUES, type BossOptions } from "@/lib/server/jobs/boss";
import type { Mailer } from "@/lib/server/mail/transport";
import { deliverNotification } from "./deliver";
import { queueDueReminders } from "./lock-reminders";
import { fanOutResultsNotices, type ResultsNoticeTask } from "./results-notices";
import { lockEveryStartedStage, lockStartedStages } from "@/lib/server/results/lock-started-stages";

// pg-boss's worker waits out its polling interval after every fetch, so one job per fetch caps an
// instance at a few messages a second. Each fetch claims a batch instead, delivered a few at a time
// (each delivery waits mostly on the database and the mail server); two fetchers overlap their waits.
const DELIVERY_FETCHERS = 2;
const DELIVERY_BATCH = 50;
const DELIVERY_CONCURRENCY = 8;

/**
 * Delivers a claimed batch. A failure fails the whole batch for pg-boss, which retries its jobs
 * with backoff; deliveries already recorded (sent or skipped) are no-ops when retried.
 */
async function deliverBatch(db: Db, mailer: Mailer, ids: number[]): Promise<void> {
  const failures: unknown[] = [];
  let next = 0;
  // DELIVERY_CONCURRENCY lanes, each taking the batch's next message as soon as its last is done.
  const lane = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      await deliverNotification(db, mailer, id).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: DELIVERY_CONCURRENCY }, lane));
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} of ${ids.length} deliveries failed`);
}

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
  for (let index = 0; index < DELIVERY_FETCHERS; index += 1) {
    let workerId = "";
    workerId = await boss.work<{ notificationId: number }>(
      QUEUES.deliver,
      { batchSize: DELIVERY_BATCH, pollingIntervalSeconds },
      async (jobs) => {
        // A full batch means more are waiting: fetch again at once instead of waiting out the
        // polling interval, which capped an instance at DELIVERY_FETCHERS × DELIVERY_BATCH a second.
        if (jobs.length === DELIVERY_BATCH) boss.notifyWorker(workerId);
        await deliverBatch(
          db,
          mailer,
          jobs.map((job) => job.data.notificationId),
        );
      },
    );
  }
  await boss.work<ResultsNoticeTask>(QUEUES.resultsNotices, work, async ([job]) => {
    if (job) await fanOutResultsNotices(db, job.data);
  });
  await boss.work(QUEUES.lockReminders, work, async () => {
    await queueDueReminders(db);
  });
  await boss.schedule(QUEUES.lockReminders, "* * * * *");
  await boss.work<{ eventId?: number }>(QUEUES.stageStats, work, async ([job]) => {
    if (job?.data.eventId !== undefined) await lockStartedStages(db, job.data.eventId);
    else await lockEveryStartedStage(db);
  });
  await boss.schedule(QUEUES.stageStats, "* * * * *");
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      // The pool's open SMTP connections would otherwise keep a stopping process (and the server's close) waiting.
      mailer.close?.();
    },
  };
}
