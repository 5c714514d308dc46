import { fork } from "node:child_process";
import path from "node:path";
import type pg from "pg";
import type { Db } from "@/lib/server/db";
import { QUEUES } from "@/lib/server/jobs/boss";
import { createSmtpMailer } from "@/lib/server/mail/transport";
import { queueDueReminders } from "@/lib/server/notifications/lock-reminders";
import { fanOutResultsNotices } from "@/lib/server/notifications/results-notices";
import { startNotificationWorkers } from "@/lib/server/notifications/workers";
import type { BenchEvent } from "./synthetic-players";

export type NotificationFigures = {
  /** The results fan-out after the last stage's publish: one notice per scored player, queued in one transaction. */
  resultsFanOutMs: number;
  resultsNoticesQueued: number;
  /** The once-a-minute scan when a stage comes within the players' lead time: every due reminder queued. */
  reminderQueueMs: number;
  remindersQueued: number;
  /** One instance's delivery workers sending those reminders into a local SMTP server. */
  emailsPerSecond: number;
};

/** How long the workers send, at most (a large queue is not sent to the end). */
const SEND_WINDOW_MS = 25_000;

type SinkReport = { count: number; first: number; last: number };

/** scripts/bench/smtp-sink.mjs, started and reporting. */
async function startSink() {
  const child = fork(path.join(import.meta.dirname, "smtp-sink.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let report: SinkReport = { count: 0, first: 0, last: 0 };
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the SMTP sink exited with ${code}`)));
    child.on("message", (message: { port?: number } & Partial<SinkReport>) => {
      if (message.port) resolve(message.port);
      else report = message as SinkReport;
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    report: () => report,
    close: () => {
      child.removeAllListeners("exit");
      child.disconnect();
    },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const startedAt = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - startedAt), value };
}

/** Forgets queued messages, so the HTTP measurements that follow share the server with no delivery backlog. */
async function clearQueue(client: pg.Client): Promise<void> {
  await client.query("DELETE FROM pgboss.job WHERE name = ANY($1)", [[QUEUES.deliver, QUEUES.resultsNotices]]);
  await client.query("DELETE FROM notification");
}

/**
 * Results notices, lock reminders and email throughput at the bench's size, through the workers'
 * own functions. Reminders need a stage still to lock: the replay event gets one more stage, two
 * hours ahead (inside the default three-hour lead time) that nobody has called yet, so every
 * player misses something: the largest scan there can be. It is removed afterwards.
 */
export async function measureNotifications(
  db: Db,
  client: pg.Client,
  databaseUrl: string,
  event: BenchEvent,
  log: (line: string) => void,
): Promise<NotificationFigures> {
  const last = event.stages.at(-1)!;
  const { version } = await db.stage.findUniqueOrThrow({ where: { id: last.id }, select: { version: true } });
  await clearQueue(client);
  const fanOut = await timed(() => fanOutResultsNotices(db, { stageId: last.id, version }));
  log(`results notices: ${fanOut.value} queued in ${fanOut.ms} ms`);
  await clearQueue(client);

  const one = async <T extends pg.QueryResultRow>(sql: string, values: unknown[]) => (await client.query<T>(sql, values)).rows[0]!;
  const { status } = await one<{ status: string }>("SELECT status FROM event WHERE id = $1", [event.id]);
  const { id: stageId } = await one<{ id: number }>(
    `INSERT INTO stage (event_id, number, name, type, start_town, finish_town, starts_at, updated_at)
     VALUES ($1, 99, 'Bench reminders', 'STAGE', 'Yanbu', 'Yanbu', now() + interval '2 hours', now()) RETURNING id`,
    [event.id],
  );
  await client.query("UPDATE event SET status = 'LIVE' WHERE id = $1", [event.id]);
  const sink = await startSink();
  try {
    const reminders = await timed(() => queueDueReminders(db));
    log(`lock reminders: ${reminders.value} queued in ${reminders.ms} ms`);

    const workers = await startNotificationWorkers(db, createSmtpMailer(sink.url), {
      url: databaseUrl,
      pollingIntervalSeconds: 1,
      schedule: false,
    });
    const startedAt = performance.now();
    while (sink.report().count < reminders.value && performance.now() - startedAt < SEND_WINDOW_MS) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await workers.stop();
    const { rows: outcomes } = await client.query<{ status: string; error: string | null; count: number }>(
      "SELECT status, error, count(*)::int AS count FROM notification GROUP BY 1, 2 ORDER BY 3 DESC",
    );
    log(`  outcomes: ${outcomes.map((row) => `${row.status}${row.error ? ` (${row.error})` : ""} ${row.count}`).join(", ")}`);
    // From the first message to the last: the rate of sending, not of the workers' first poll.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { count, first, last } = sink.report();
    const emailsPerSecond = count < 2 ? 0 : Math.round(((count - 1) / (last - first)) * 1000);
    log(`email: ${count} sent, ${emailsPerSecond} a second`);
    return {
      resultsFanOutMs: fanOut.ms,
      resultsNoticesQueued: fanOut.value,
      reminderQueueMs: reminders.ms,
      remindersQueued: reminders.value,
      emailsPerSecond,
    };
  } finally {
    sink.close();
    await clearQueue(client);
    // Per-stage rows have no foreign key to cascade from (none exist for a stage nobody has locked).
    await client.query("DELETE FROM stage_roster WHERE stage_id = $1", [stageId]);
    await client.query("DELETE FROM stage_score WHERE stage_id = $1", [stageId]);
    await client.query("DELETE FROM stage WHERE id = $1", [stageId]);
    await client.query("UPDATE event SET status = $1 WHERE id = $2", [status, event.id]);
  }
}
