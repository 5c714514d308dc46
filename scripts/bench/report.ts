import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type Figures = Record<string, number>;

type Budget = { key: string; label: string; check: (figures: Figures) => boolean | null; text: (players: number) => string };

const MILLION = 1_000_000;
// Issue #7's budgets hold up to 100,000 players; issue #18's rescoring budgets at a million.
const bySize = (small: number, large: number) => (players: number) => (players > 100_000 ? large : small);

function limit(key: string, label: string, max: (players: number) => number, unit = ""): Budget {
  return {
    key,
    label,
    text: (players) => `≤ ${max(players).toLocaleString("en-US")}${unit}`,
    check: (f) => at(f, key, (v) => v <= max(f.players ?? MILLION)),
  };
}

const info = (key: string, label: string): Budget => ({ key, label, text: () => "", check: () => null });

/** The budgets (for the run's number of players). */
export const BUDGETS: Budget[] = [
  limit("rescoreStageMs", "publish a stage, live (ms)", bySize(5_000, 20_000)),
  limit("rescoreEventMs", "rescore the event (ms)", bySize(60_000, 300_000)),
  info("leaderboardP50Ms", "leaderboard read p50 (ms)"),
  limit("leaderboardP95Ms", "leaderboard read p95 (ms)", () => 10),
  limit("leagueP95Ms", "league board p95 (ms)", () => 10),
  limit("playerPageP95Ms", "player page p95 (ms)", () => 25),
  limit("statsComputeMs", "one stage's stats computed (ms)", () => 3_000),
  limit("statsPageP95Ms", "stage stats p95 (ms)", () => 25),
  limit("stagePageP95Ms", "stage page (calls and stats) p95 (ms)", () => 25),
  limit("crewPageP95Ms", "crew page p95 (ms)", () => 25),
  limit("comparePageP95Ms", "compare page p95 (ms)", () => 25),
  info("httpLeaderboardRps", "HTTP leaderboard (req/s)"),
  info("httpStaticRps", "HTTP static page (req/s)"),
  { key: "httpRatio", label: "leaderboard / static", text: () => "≥ 0.5", check: (f) => at(f, "httpRatio", (v) => v >= 0.5) },
  info("rushAccepted", "rush: accepted"),
  info("rushRefused", "rush: refused after the lock"),
  { key: "rushLost", label: "rush: lost", text: () => "= 0", check: (f) => at(f, "rushLost", (v) => v === 0) },
  {
    key: "rushAcceptedAfterLock",
    label: "rush: accepted after the lock",
    text: () => "= 0",
    check: (f) => at(f, "rushAcceptedAfterLock", (v) => v === 0),
  },
  {
    key: "rushSavesPerSecond",
    label: "rush: saves per second",
    text: () => "≥ 200",
    check: (f) => at(f, "rushSavesPerSecond", (v) => v >= 200),
  },
  limit("rushP95Ms", "rush: save p95 (ms)", () => 1_000),
  limit("serverPeakRssMb", "server peak RSS (MB)", () => 512),
  info("databaseMbPer100k", "database MB per 100,000 players"),
  info("resultsFanOutMs", "results notices queued after a publish (ms)"),
  limit("reminderQueueMs", "one stage's lock reminders queued (ms)", () => 10_000),
  {
    key: "emailsPerSecond",
    label: "emails sent per second, one instance",
    text: () => "≥ 100",
    check: (f) => at(f, "emailsPerSecond", (v) => v >= 100),
  },
];

function at(figures: Figures, key: string, test: (value: number) => boolean): boolean | null {
  return figures[key] === undefined ? null : test(figures[key]);
}

/** The table printed at the end of a run: every figure, its budget and whether it is met. */
export function formatTable(figures: Figures): string {
  const rows = [["figure", "value", "budget", ""]];
  for (const budget of BUDGETS) {
    const value = figures[budget.key];
    const verdict = budget.check(figures);
    rows.push([
      budget.label,
      value === undefined ? "not measured" : value.toLocaleString("en-US"),
      budget.text(figures.players ?? MILLION),
      verdict === null ? "" : verdict ? "met" : "MISSED",
    ]);
  }
  const listed = new Set(["players", ...BUDGETS.map((budget) => budget.key)]);
  for (const [key, value] of Object.entries(figures)) if (!listed.has(key)) rows.push([key, value.toLocaleString("en-US"), "", ""]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Where the figures were measured: they mean little without it. */
export function describeMachine(): Record<string, string | number> {
  let postgres = "unknown";
  try {
    postgres = execFileSync("psql", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    // psql is not on the PATH: the server's version is in the log instead
  }
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    postgres,
    loadAverage: os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" "),
  };
}

/** The figures, then the machine and the PostgreSQL settings (null: a shared server's own) they were measured with. */
export function writeFigures(
  file: string,
  figures: Figures,
  machine: Record<string, string | number>,
  postgresSettings: Readonly<Record<string, string>> | null,
): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...figures, machine, postgresSettings }, null, 2)}\n`);
}
