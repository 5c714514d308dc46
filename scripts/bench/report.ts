import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type Figures = Record<string, number>;

type Budget = { key: string; label: string; check: (figures: Figures) => boolean | null; text: string };

/** The budgets at 100,000 players (informative at other sizes). */
export const BUDGETS: Budget[] = [
  { key: "rescoreStageMs", label: "publish a stage, live (ms)", text: "≤ 5,000", check: (f) => at(f, "rescoreStageMs", (v) => v <= 5_000) },
  { key: "rescoreEventMs", label: "rescore the event (ms)", text: "≤ 60,000", check: (f) => at(f, "rescoreEventMs", (v) => v <= 60_000) },
  { key: "leaderboardP50Ms", label: "leaderboard read p50 (ms)", text: "", check: () => null },
  { key: "leaderboardP95Ms", label: "leaderboard read p95 (ms)", text: "≤ 25", check: (f) => at(f, "leaderboardP95Ms", (v) => v <= 25) },
  { key: "httpLeaderboardRps", label: "HTTP leaderboard (req/s)", text: "", check: () => null },
  { key: "httpStaticRps", label: "HTTP static page (req/s)", text: "", check: () => null },
  { key: "httpRatio", label: "leaderboard / static", text: "≥ 0.5", check: (f) => at(f, "httpRatio", (v) => v >= 0.5) },
  { key: "rushAccepted", label: "rush: accepted", text: "", check: () => null },
  { key: "rushRefused", label: "rush: refused after the lock", text: "", check: () => null },
  { key: "rushLost", label: "rush: lost", text: "= 0", check: (f) => at(f, "rushLost", (v) => v === 0) },
  {
    key: "rushAcceptedAfterLock",
    label: "rush: accepted after the lock",
    text: "= 0",
    check: (f) => at(f, "rushAcceptedAfterLock", (v) => v === 0),
  },
  { key: "serverPeakRssMb", label: "server peak RSS (MB)", text: "≤ 512", check: (f) => at(f, "serverPeakRssMb", (v) => v <= 512) },
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
      budget.text,
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
