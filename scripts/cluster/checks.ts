import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import type { AutocannonResult } from "autocannon";
import type { Topology } from "./topology";
import { withClient } from "../start/pg-client";

const run = promisify(execFile);
const AUTOCANNON_BIN = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
const EVENT_SLUG = "dakar-2026";
/** LiveBoardStatus's REFRESH_DELAY_MS: a browser refreshes its board that long after "standings". */
const BROWSER_REFRESH_DELAY_MS = 300;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Autocannon in a process of its own against `url`, for `seconds`. */
export async function load(url: string, connections: number, seconds: number): Promise<AutocannonResult> {
  const { stdout } = await run(
    process.execPath,
    [AUTOCANNON_BIN, "--json", "-c", String(connections), "-d", String(seconds), "-t", "10", url],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as AutocannonResult;
}

/** Rows the replica has returned for the app's database: rises when reads go there. */
async function replicaRowsReturned(topology: Topology): Promise<number> {
  // Statistics reach the view within a second of each transaction.
  await sleep(1_200);
  return withClient(topology.replica.url("postgres"), async (client) => {
    const { rows } = await client.query<{ rows: string }>("SELECT tup_returned::text AS rows FROM pg_stat_database WHERE datname = 'dune'");
    return Number(rows[0]?.rows ?? 0);
  });
}

async function readBoardPoints(topology: Topology, playerId?: string): Promise<number | null> {
  const response = await fetch(`${topology.url}/api/v1/events/${EVENT_SLUG}/leaderboard`);
  if (!response.ok) throw new Error(`the board API answered ${response.status}`);
  const board = (await response.json()) as { rows: { playerId: string; points: number }[] };
  return board.rows.find((row) => row.playerId === playerId)?.points ?? null;
}

async function readBoards(topology: Topology, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await readBoardPoints(topology);
}

/** A player on the replay event's board, whose points the checks change as a publish would. */
async function createBoardPlayer(topology: Topology): Promise<{ eventId: number; userId: string }> {
  return withClient(topology.primary.url("dune"), async (client) => {
    const event = await client.query<{ id: number }>("SELECT id FROM event WHERE slug = $1", [EVENT_SLUG]);
    const user = await client.query<{ id: string }>(
      `INSERT INTO "user" (name, email, updated_at) VALUES ('Cluster check', 'cluster-check-' || gen_random_uuid() || '@example.test', now()) RETURNING id`,
    );
    const eventId = event.rows[0]!.id;
    const userId = user.rows[0]!.id;
    await client.query(
      `INSERT INTO standing (event_id, user_id, total, rank, joined_at, position, updated_at)
       VALUES ($1, $2, 0, 1, now(), (SELECT coalesce(max(position), 0) + 1 FROM standing WHERE event_id = $1), now())`,
      [eventId, userId],
    );
    await client.query("SELECT pg_notify('standings_changed', $1)", [String(eventId)]);
    return { eventId, userId };
  });
}

/** Opens the event's live stream through HAProxy and counts its "standings" messages. */
async function openLiveStream(topology: Topology) {
  const controller = new AbortController();
  const response = await fetch(`${topology.url}/api/v1/events/${EVENT_SLUG}/live`, { signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`the live stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let received = 0;
  const waiting: { resolve: (() => void) | null } = { resolve: null };
  void (async () => {
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        if (buffer.slice(0, end).includes("event: standings")) {
          received += 1;
          waiting.resolve?.();
        }
        buffer = buffer.slice(end + 2);
      }
    }
  })();
  return {
    get received() {
      return received;
    },
    next: (timeoutMs: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "standings" on the live stream within ${timeoutMs} ms`)), timeoutMs);
        waiting.resolve = () => {
          clearTimeout(timer);
          waiting.resolve = null;
          resolve();
        };
      }),
    close: () => controller.abort(),
  };
}

/**
 * With the replica held `applyDelayMs` behind, each change is announced on the live stream, and
 * the board read through HAProxy as a browser refreshes it (BROWSER_REFRESH_DELAY_MS later, on
 * either instance) must show it, every time, each announced once.
 */
export async function checkFreshBoardsAfterPublish(topology: Topology, changes: number) {
  const { eventId, userId } = await createBoardPlayer(topology);
  await sleep(1_000);
  const stream = await openLiveStream(topology);
  await sleep(500);
  let stale = 0;
  for (let points = 1; points <= changes; points++) {
    const announced = stream.next(10_000);
    await withClient(topology.primary.url("dune"), async (client) => {
      await client.query("BEGIN");
      await client.query("UPDATE standing SET total = $3 WHERE event_id = $1 AND user_id = $2", [eventId, userId, points]);
      await client.query("SELECT pg_notify('standings_changed', $1)", [String(eventId)]);
      await client.query("COMMIT");
    });
    await announced;
    await sleep(BROWSER_REFRESH_DELAY_MS);
    // Two reads: round robin sends them to both instances.
    for (const shown of [await readBoardPoints(topology, userId), await readBoardPoints(topology, userId)])
      if (shown !== points) stale += 1;
  }
  await sleep(1_000);
  const announcements = stream.received;
  stream.close();
  return { changes, staleReads: stale, announcements };
}

/** Boards keep answering while the replica is down (from the primary), and go back to it once it is up. */
export async function checkReplicaFailover(topology: Topology, log: (line: string) => void) {
  const before = await replicaRowsReturned(topology);
  await readBoards(topology, 20);
  const whileUp = (await replicaRowsReturned(topology)) - before;
  log(`replica up: 20 board reads returned ${whileUp} rows from the replica`);
  topology.replica.stop();
  let failedWhileDown = 0;
  for (let i = 0; i < 20; i++) await readBoardPoints(topology).catch(() => (failedWhileDown += 1));
  log(`replica down: ${20 - failedWhileDown} of 20 board reads answered`);
  topology.replica.start();
  // Past the app's REPLICA_RETRY_MS, and the replica caught up.
  await sleep(6_000);
  await readBoards(topology, 4);
  const back = await replicaRowsReturned(topology);
  await readBoards(topology, 20);
  const afterRestart = (await replicaRowsReturned(topology)) - back;
  log(`replica back: 20 board reads returned ${afterRestart} rows from the replica`);
  return { replicaServedBeforeStop: whileUp > 0, failedWhileDown, replicaServedAfterRestart: afterRestart > 0 };
}

/** Board page throughput through HAProxy with every instance up, then one killed mid-load, then one alone. */
export async function checkInstanceLoss(topology: Topology, seconds: number, log: (line: string) => void) {
  const boardUrl = `${topology.url}/events/${EVENT_SLUG}/leaderboard`;
  const connections = 20;
  // Warm-up: both instances render the page a few hundred times first.
  await load(boardUrl, connections, 5);
  const both = await load(boardUrl, connections, seconds);
  log(`${topology.apps.length} instances: ${both.requests.average.toFixed(1)} requests/s (non-2xx ${both.non2xx}, errors ${both.errors})`);
  const victim = topology.apps[topology.apps.length - 1]!;
  const underLoad = load(boardUrl, connections, seconds);
  await sleep((seconds * 1000) / 3);
  victim.kill();
  log(`${victim.name} killed under load`);
  const during = await underLoad;
  log(`during the loss: ${during["2xx"]} answered, non-2xx ${during.non2xx}, errors ${during.errors}, timeouts ${during.timeouts}`);
  const alone = await load(boardUrl, connections, seconds);
  log(
    `${topology.apps.length - 1} instance: ${alone.requests.average.toFixed(1)} requests/s (non-2xx ${alone.non2xx}, errors ${alone.errors})`,
  );
  await victim.start();
  return {
    rpsAllInstances: Math.round(both.requests.average * 10) / 10,
    rpsOneInstance: Math.round(alone.requests.average * 10) / 10,
    failedDuringLoss: during.non2xx + during.errors,
    answeredDuringLoss: during["2xx"],
    failedAfterLoss: alone.non2xx + alone.errors,
    connections,
  };
}
