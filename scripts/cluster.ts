// `npm run cluster`: the deployment beyond one machine, on this one (docs/operations.md, "Beyond one
// machine"): PostgreSQL primary + streaming replica, PgBouncer, two app instances, HAProxy.
//
//   npm run cluster                     start it, print its address, tear it down on Ctrl-C
//   npm run cluster -- --check          start it, run the checks in it, print the figures, tear it down
//     --out FILE                        also write the figures as JSON
//     --e2e                             with --check: the end-to-end smoke specs through HAProxy too
//     --seconds N                       with --check: each throughput measurement's length (default 10)
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkFreshBoardsAfterPublish, checkInstanceLoss, checkReplicaFailover } from "./cluster/checks";
import { checkRemindersOnce } from "./cluster/check-reminders";
import { startTopology, type Topology } from "./cluster/topology";

const E2E_SPECS = ["home.spec.ts", "accounts.spec.ts", "email.spec.ts", "play.spec.ts", "results.spec.ts"];
// The end-to-end suite's own settings (playwright.config.ts, webServerEnv), for its specs to run here.
const E2E_MAIL_DIR = path.resolve("playwright/.auth/mail");
const E2E_DATABASE_URL_FILE = path.resolve("playwright/.auth/database-url");

const log = (line: string) => console.log(`[cluster] ${line}`);

function readOptions() {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      e2e: { type: "boolean", default: false },
      out: { type: "string" },
      seconds: { type: "string", default: "10" },
    },
  });
  return { isCheck: values.check, withE2e: values.e2e, out: values.out, seconds: Number(values.seconds) };
}

async function waitUntilServed(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/sign-in`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} does not serve through HAProxy`);
}

function runE2e(topology: Topology): { passed: boolean } {
  writeFileSync(E2E_DATABASE_URL_FILE, topology.primary.url("dune"), { mode: 0o600 });
  const result = spawnSync("npx", ["playwright", "test", ...E2E_SPECS], {
    stdio: "inherit",
    env: { ...process.env, E2E_BASE_URL: topology.url },
  });
  return { passed: result.status === 0 };
}

async function check(topology: Topology, options: ReturnType<typeof readOptions>) {
  const failures: string[] = [];
  const fresh = await checkFreshBoardsAfterPublish(topology, 10);
  log(`fresh boards: ${fresh.changes} announced changes, ${fresh.staleReads} stale reads, ${fresh.announcements} announcements`);
  if (fresh.staleReads > 0) failures.push(`${fresh.staleReads} board reads showed standings older than the announced publish`);
  if (fresh.announcements !== fresh.changes) failures.push(`${fresh.changes} changes were announced ${fresh.announcements} times`);

  const failover = await checkReplicaFailover(topology, log);
  if (!failover.replicaServedBeforeStop) failures.push("board reads did not go to the replica");
  if (failover.failedWhileDown > 0) failures.push(`${failover.failedWhileDown} board reads failed while the replica was down`);
  if (!failover.replicaServedAfterRestart) failures.push("board reads did not return to the replica after its restart");

  const e2e = options.withE2e ? runE2e(topology) : null;
  if (e2e && !e2e.passed) failures.push("the end-to-end smoke specs failed through HAProxy");

  const reminders = await checkRemindersOnce(topology, 20);
  log(
    `reminders: ${reminders.players} players due one, ${reminders.emails} emails, ${reminders.duplicated} duplicated, ${reminders.missing} missing`,
  );
  if (reminders.duplicated > 0 || reminders.missing > 0) failures.push("lock reminders were not sent exactly once each");

  const loss = await checkInstanceLoss(topology, options.seconds, log);
  if (loss.answeredDuringLoss === 0) failures.push("nothing was answered while an instance was lost");
  // Only requests in flight on the killed instance may fail: at most one per connection.
  if (loss.failedDuringLoss > loss.connections) failures.push(`${loss.failedDuringLoss} requests failed when an instance was killed`);
  if (loss.failedAfterLoss > 0) failures.push(`${loss.failedAfterLoss} requests failed with one instance left`);
  return { figures: { ...fresh, ...failover, ...loss, reminders, e2ePassed: e2e?.passed ?? null }, failures };
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.withE2e) {
    rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
    mkdirSync(path.dirname(E2E_DATABASE_URL_FILE), { recursive: true });
  }
  const topology = await startTopology({
    instances: 2,
    // Checks hold the replica visibly behind, so a board read too early would show it.
    replicaApplyDelayMs: options.isCheck ? 2_000 : 0,
    appEnv: options.withE2e ? { ADMIN_EMAILS: "e2e-admin@example.test", SIGN_UP_LIMIT_PER_HOUR: "1000" } : {},
    mailDir: options.withE2e ? E2E_MAIL_DIR : undefined,
    log,
  });
  const stop = async (code: number) => {
    log("tearing down...");
    await topology.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(130));
  process.once("SIGTERM", () => void stop(143));
  await waitUntilServed(topology.url);
  if (!options.isCheck) {
    log(`Dune Draft runs at ${topology.url} (files in ${topology.dir}). Press Ctrl-C to stop.`);
    return;
  }
  try {
    const { figures, failures } = await check(topology, options);
    console.log(JSON.stringify(figures, null, 2));
    if (options.out) writeFileSync(options.out, `${JSON.stringify(figures, null, 2)}\n`);
    for (const failure of failures) log(`FAILED: ${failure}`);
    await stop(failures.length > 0 ? 1 : 0);
  } catch (error) {
    log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
