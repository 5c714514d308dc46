// npm run bench -- --players N [--out FILE]: seeds N synthetic players into a database of its own and
// measures rescoring, leaderboard reads, HTTP throughput, the deadline rush and the server's memory
// (issue #7; results and budgets in bench/README.md).
import { BENCH_AUTH_SECRET } from "./bench/auth-secret";
import { env } from "@/lib/env";
import { findPostgresBin, startBenchCluster, type BenchCluster } from "./bench/cluster";
import { openBenchDatabase, readDatabaseBytes, type BenchDatabase } from "./bench/database";
import { measureHttp } from "./bench/measure-http";
import { measureNotifications } from "./bench/measure-notifications";
import { measureLeaderboardReads } from "./bench/measure-reads";
import { measureRescore } from "./bench/measure-rescore";
import { measureRush } from "./bench/measure-rush";
import { measureStats } from "./bench/measure-stats";
import { BENCH_USAGE, readBenchOptions, type BenchOptions } from "./bench/options";
import { describeMachine, formatTable, writeFigures, type Figures } from "./bench/report";
import { loadBenchEvent, seedPlayers } from "./bench/seed-players";
import { startBenchServer } from "./bench/server";

const REPLAY_EVENT = "dakar-2026";

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

async function measure(database: BenchDatabase, options: BenchOptions): Promise<Figures> {
  const startedAt = Date.now();
  const event = await loadBenchEvent(database.client, REPLAY_EVENT);
  const emptyBytes = await readDatabaseBytes(database.client);
  const seeded = await seedPlayers(database.client, event, options.players, options.seed);
  log(
    `seeded ${seeded.users} players: ${seeded.rosters} rosters, ${seeded.versions} roster versions, ${seeded.calls} podium calls, ${seeded.leagues} leagues (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
  );

  if (options.rushOnly) {
    // Profiling the save path: the rush alone, against the seeded players.
    const figures: Figures = { players: options.players };
    if (!options.skipHttp) Object.assign(figures, await runServer(database, options, seeded.userIds, event, false));
    return figures;
  }
  if (options.notificationsOnly) {
    // Profiling email delivery: nothing is scored, so the results fan-out finds no one (0 queued).
    const notifications = await measureNotifications(database.db, database.client, database.url, event, log);
    return { players: options.players, ...notifications };
  }
  const { scoredPlayers, ...rescore } = await measureRescore(database.db, database.client, event, log);
  log(`rescored ${scoredPlayers} players`);
  const databaseMbPer100k = Math.round(((await readDatabaseBytes(database.client)) - emptyBytes) / 1024 ** 2 / (options.players / 100_000));
  log(`database size: ${databaseMbPer100k} MB per 100,000 players`);
  const reads = await measureLeaderboardReads(
    database.db,
    { id: event.id, slug: REPLAY_EVENT },
    seeded.userIds,
    seeded.leagueList,
    options.seed,
  );
  log(`leaderboard reads: p50 ${reads.leaderboardP50Ms} ms, p95 ${reads.leaderboardP95Ms} ms; player page p95 ${reads.playerPageP95Ms} ms`);
  const stats = await measureStats(database.db, { ...event, slug: REPLAY_EVENT }, seeded.userIds, options.seed);
  log(
    `stats: one stage computed in ${stats.statsComputeMs} ms; p95 stage stats ${stats.statsPageP95Ms} ms, whole stage page ${stats.stagePageP95Ms} ms, crew page ${stats.crewPageP95Ms} ms, compare page ${stats.comparePageP95Ms} ms`,
  );
  const notifications = await measureNotifications(database.db, database.client, database.url, event, log);
  const figures: Figures = { players: options.players, ...rescore, ...reads, ...stats, databaseMbPer100k, ...notifications };
  if (options.skipHttp) return figures;

  Object.assign(figures, await runServer(database, options, seeded.userIds, event, true));
  return figures;
}

/** The production server under the HTTP load (unless `withHttp` is false), then the deadline rush. */
async function runServer(
  database: BenchDatabase,
  options: BenchOptions,
  userIds: readonly string[],
  event: Awaited<ReturnType<typeof loadBenchEvent>>,
  withHttp: boolean,
): Promise<Figures> {
  const figures: Figures = {};
  const authSecret = BENCH_AUTH_SECRET;
  const server = await startBenchServer(database.url, options.port, authSecret, log);
  try {
    if (withHttp) Object.assign(figures, await measureHttp(server.url, REPLAY_EVENT, log));
    log(`server peak RSS so far: ${server.peakRssMb()} MB`);
    const rush = await measureRush(database.client, server.url, event, { userIds, authSecret, seed: options.seed }, log, options.rushSaves);
    log(`server peak RSS after the rush: ${server.peakRssMb()} MB`);
    log(
      `rush: ${rush.rushAccepted} accepted, ${rush.rushRefused} refused, ${rush.rushLost} lost, ${rush.rushAcceptedAfterLock} accepted after the lock, ${rush.rushErrors} errors, ${rush.rushSavesPerSecond} saves/s, p95 ${rush.rushP95Ms} ms`,
    );
    Object.assign(figures, rush);
  } finally {
    await server.stop();
  }
  figures.serverPeakRssMb = server.peakRssMb();
  return figures;
}

async function main(): Promise<number> {
  const read = readBenchOptions(process.argv.slice(2));
  if (read.ok === "help") {
    console.log(BENCH_USAGE);
    return 0;
  }
  if (!read.ok) {
    console.error(`bench: ${read.message}\n${BENCH_USAGE}`);
    return 1;
  }
  const { options } = read;
  const bin = options.sharedServer ? null : findPostgresBin();
  if (!bin && !env.DATABASE_URL) {
    console.error(`bench: no PostgreSQL binaries and DATABASE_URL is not set: point it at a local PostgreSQL server\n${BENCH_USAGE}`);
    return 1;
  }

  const machine = describeMachine();
  let cluster: BenchCluster | null = null;
  if (bin) {
    cluster = await startBenchCluster(bin, options.keep);
    log(`own PostgreSQL cluster on port ${cluster.port} (${cluster.dataDir}), settings:`);
    for (const [name, value] of Object.entries(cluster.settings)) log(`  ${name} = ${value}`);
    // Interrupted (Ctrl-C, kill): the cluster goes with the run, as it would at the end.
    const stopCluster = cluster.stop;
    for (const signal of ["SIGINT", "SIGTERM"] as const)
      process.once(signal, () => void stopCluster().finally(() => process.exit(signal === "SIGINT" ? 130 : 143)));
  }
  let figures: Figures;
  try {
    const database = await openBenchDatabase(cluster?.url ?? env.DATABASE_URL!);
    log(`database ${database.name} (load average ${machine.loadAverage})`);
    try {
      figures = await measure(database, options);
    } finally {
      await database.close();
      if (options.keep) log(`kept database ${database.name}${cluster ? ` on port ${cluster.port}` : ""}`);
      else await database.drop();
    }
  } finally {
    await cluster?.stop();
  }

  console.log(`\n${formatTable(figures)}\n`);
  const file = options.out ?? `bench/results/players-${options.players}.json`;
  writeFigures(file, figures, { ...machine, loadAverageAtEnd: String(describeMachine().loadAverage) }, cluster?.settings ?? null);
  log(`figures written to ${file}`);
  // Correctness, never timing: a lost save or one accepted after the lock fails the run.
  const isCorrect = (figures.rushLost ?? 0) === 0 && (figures.rushAcceptedAfterLock ?? 0) === 0;
  if (!isCorrect) console.error("bench: the deadline rush lost saves or accepted saves after the lock");
  return isCorrect ? 0 : 2;
}

// Exits once the figures are written, even if a client left a handle open (the notifications-only
// run stayed alive after its figures); output gets a second to drain first.
const exitSoon = (code: number) => {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1_000).unref();
};

main().then(exitSoon, (error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitSoon(1);
});
