import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import type { AutocannonResult } from "autocannon";

const run = promisify(execFile);
// autocannon's command line, run as a process of its own: inside the bench's process (which holds
// the seeded players and Prisma) the client, not the server, set the pace of the cheaper page.
const AUTOCANNON_BIN = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

export type HttpFigures = {
  httpLeaderboardRps: number;
  httpStaticRps: number;
  /** httpLeaderboardRps / httpStaticRps: the budget is at least 0.5. */
  httpRatio: number;
  httpLeaderboardP99Ms: number;
  httpStaticP99Ms: number;
};

export const CONNECTIONS = 50;
export const SECONDS = 10;
// Long enough for the JIT to settle: after 2 s at 5 connections the first timed run was still a third slower.
const WARM_UP_SECONDS = 5;

/** The public overall leaderboard (first page) and a page of the same app that reads no database. */
export const LEADERBOARD_PATH = (slug: string) => `/events/${slug}/leaderboard`;
export const STATIC_PATH = "/sign-in";

async function load(url: string, connections: number, seconds: number): Promise<AutocannonResult> {
  const { stdout } = await run(
    process.execPath,
    [AUTOCANNON_BIN, "--json", "-c", String(connections), "-d", String(seconds), "-t", "30", url],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as AutocannonResult;
  const failed = result.non2xx + result.errors;
  if (failed > 0) {
    const codes = Object.entries(result.statusCodeStats ?? {})
      .map(([code, { count }]) => `${code}: ${count}`)
      .join(", ");
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load (${codes})`);
  }
  return result;
}

/**
 * Requests per second with autocannon (a separate process), CONNECTIONS connections for SECONDS seconds each, on the
 * leaderboard and then the static page, after a warm-up of each (first renders compile and
 * fill caches, as on a server that has been up a while).
 */
export async function measureHttp(baseUrl: string, slug: string, log: (line: string) => void): Promise<HttpFigures> {
  const leaderboardUrl = `${baseUrl}${LEADERBOARD_PATH(slug)}`;
  const staticUrl = `${baseUrl}${STATIC_PATH}`;
  await load(leaderboardUrl, CONNECTIONS, WARM_UP_SECONDS);
  await load(staticUrl, CONNECTIONS, WARM_UP_SECONDS);
  const leaderboard = await load(leaderboardUrl, CONNECTIONS, SECONDS);
  log(`leaderboard: ${leaderboard.requests.average.toFixed(1)} requests/s, p99 ${leaderboard.latency.p99} ms`);
  const page = await load(staticUrl, CONNECTIONS, SECONDS);
  log(`static page: ${page.requests.average.toFixed(1)} requests/s, p99 ${page.latency.p99} ms`);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    httpLeaderboardRps: round(leaderboard.requests.average),
    httpStaticRps: round(page.requests.average),
    httpRatio: Math.round((leaderboard.requests.average / page.requests.average) * 100) / 100,
    httpLeaderboardP99Ms: leaderboard.latency.p99,
    httpStaticP99Ms: page.latency.p99,
  };
}
