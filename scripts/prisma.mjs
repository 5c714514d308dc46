#!/usr/bin/env node
// Runs the project's local Prisma CLI with the offline schema-engine bridge.
//
//   node scripts/prisma.mjs migrate deploy        (same args, stdio and exit code as `prisma`)
//   import { runPrisma } from "./prisma.mjs";     (await runPrisma(["migrate", "status"], { stdio: "pipe" }))
//
// PRISMA_SCHEMA_ENGINE_BINARY is pointed at scripts/prisma-engine-bridge.mjs unless it is already set
// (so a native engine named by the variable still wins). Update checks and telemetry are disabled so
// the CLI never tries to reach the network.
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(here, "..");
export const bridgePath = path.join(here, "prisma-engine-bridge.mjs");
export const prismaCliPath = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");

/** The environment the Prisma CLI should run with, derived from `base`. */
export function prismaEnv(base = process.env) {
  return {
    ...base,
    PRISMA_SCHEMA_ENGINE_BINARY: base.PRISMA_SCHEMA_ENGINE_BINARY || bridgePath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1", // no "update available" banner
    CHECKPOINT_DISABLE: "1", // no checkpoint (version check / telemetry) request
  };
}

/**
 * Runs `prisma <args>` and resolves with `{ code, signal, stdout, stderr }` (never rejects on a
 * non-zero exit). `stdio: "inherit"` (default) shares the terminal and leaves stdout/stderr empty;
 * `stdio: "pipe"` captures both, feeding `input` (default: nothing) to stdin. `env` defaults to
 * process.env, `cwd` to the project root (where prisma.config.ts lives).
 *
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, stdio?: "inherit" | "pipe" | import("node:child_process").StdioOptions, cwd?: string, input?: string }} [options]
 * @returns {Promise<{ code: number, signal: NodeJS.Signals | null, stdout: string, stderr: string }>}
 */
export function runPrisma(args, options) {
  return startPrisma(args, options).result;
}

/** Like runPrisma, but also hands back the child process (e.g. to forward signals to it). */
export function startPrisma(args, { env = process.env, stdio = "inherit", cwd = projectRoot, input } = {}) {
  let child;
  const result = new Promise((resolve, reject) => {
    child = spawn(process.execPath, [prismaCliPath, ...args], {
      cwd,
      env: prismaEnv(env),
      stdio: stdio === "pipe" ? ["pipe", "pipe", "pipe"] : stdio,
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.stdin?.on("error", () => {}); // the CLI may exit without reading stdin
    child.stdin?.end(input ?? "");
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? 128 + (constants.signals[signal] ?? 1), signal, stdout, stderr }));
  });
  return { child, result };
}

function isMain() {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const { child, result } = startPrisma(process.argv.slice(2), { cwd: process.cwd() });
  // Ctrl-C reaches the CLI directly (same process group): just outlive it and pass on its code.
  process.on("SIGINT", () => {});
  for (const signal of ["SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  const { code } = await result;
  process.exit(code);
}
