// `npm test`: typecheck, lint, unit, integration and end-to-end tests, in that order, stopping at
// the first failure. Ends with a summary and the plain line `N passed, N failed` that CI reads.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { childEnv, startProcess } from "./start/processes";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "node_modules", ".bin");

type Counts = { passed: number; failed: number; skipped: number };
type Step = {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Reads the step's test counts from its JSON report, when it has one. */
  readCounts?: () => Counts;
};
type Outcome = { step: Step; code: number; seconds: number; counts?: Counts };

const reportDir = mkdtempSync(path.join(tmpdir(), "dune-draft-test-"));
const reportFile = (name: string) => path.join(reportDir, `${name}.json`);

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

function readVitestCounts(name: string): Counts {
  const report = readJson(reportFile(name)) as
    { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
  if (!report) return { passed: 0, failed: 0, skipped: 0 };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function readPlaywrightCounts(): Counts {
  const report = readJson(reportFile("e2e")) as
    { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (!report) return { passed: 0, failed: 0, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

function vitestStep(project: "unit" | "integration"): Step {
  return {
    name: project,
    command: path.join(BIN, "vitest"),
    args: [
      "run",
      "--project",
      project,
      "--passWithNoTests",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${reportFile(project)}`,
    ],
    readCounts: () => readVitestCounts(project),
  };
}

const STEPS: Step[] = [
  { name: "typecheck", command: path.join(BIN, "tsc"), args: ["--noEmit"] },
  { name: "lint", command: path.join(BIN, "eslint"), args: ["."] },
  vitestStep("unit"),
  vitestStep("integration"),
  {
    name: "e2e",
    command: path.join(BIN, "playwright"),
    args: ["test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile("e2e") },
    readCounts: readPlaywrightCounts,
  },
];

async function runStep(step: Step): Promise<Outcome> {
  console.log(`\n=== ${step.name}: ${path.basename(step.command)} ${step.args.join(" ")}`);
  const startedAt = Date.now();
  const { exited } = startProcess(step.command, step.args, { cwd: ROOT, env: childEnv(step.env ?? {}) });
  const { code } = await exited;
  return { step, code, seconds: (Date.now() - startedAt) / 1000, counts: step.readCounts?.() };
}

function printSummary(outcomes: Outcome[]): void {
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  console.log("\n=== Summary");
  for (const { step, code, seconds, counts } of outcomes) {
    const detail = counts ? `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}` : "";
    console.log(`  ${code === 0 ? "ok  " : "FAIL"} ${step.name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s  ${detail}`);
    total.passed += counts?.passed ?? 0;
    total.skipped += counts?.skipped ?? 0;
    // A failed step that counted no failing test (typecheck, lint, a crash) still counts as one
    // failure, so the closing line can never read as a clean run.
    total.failed += code !== 0 ? Math.max(counts?.failed ?? 0, 1) : (counts?.failed ?? 0);
  }
  const skipped = total.skipped ? `, ${total.skipped} skipped` : "";
  console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
}

async function main(): Promise<number> {
  const outcomes: Outcome[] = [];
  for (const step of STEPS) {
    const outcome = await runStep(step);
    outcomes.push(outcome);
    if (outcome.code !== 0) break;
  }
  printSummary(outcomes);
  return outcomes.every((outcome) => outcome.code === 0) ? 0 : 1;
}

// Ctrl-C reaches the steps through the terminal; this process only has to wait for them.
process.on("SIGINT", () => undefined);

main()
  .then((code) => {
    rmSync(reportDir, { recursive: true, force: true });
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(`test-all failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
