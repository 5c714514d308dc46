import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { childEnv, startProcess } from "./processes";

// What `next build` compiles. Tests, scripts, migrations and tool configs are left out so that
// editing them does not force a rebuild; lib/generated follows from prisma/schema.prisma.
const SOURCE_DIRS = ["app", "components", "lib", "public", "types"];
const EXCLUDED_DIRS = new Set(["lib/generated", "node_modules"]);
const ROOT_FILES = ["next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const ROOT_TOOL_CONFIGS = new Set(["playwright.config.ts", "vitest.config.ts", "prisma.config.ts", "next-env.d.ts"]);

export const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const BUILD_ID = path.join(".next", "BUILD_ID");
const BUILD_HASH = path.join(".next", "dune-draft-build-hash");

function listFiles(root: string, dir: string): string[] {
  if (EXCLUDED_DIRS.has(dir) || !existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const entryPath = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(root, entryPath);
    return entry.isFile() ? [entryPath] : [];
  });
}

/** A hash of every build input's path and contents (contents, not mtimes: a fresh clone has new mtimes). */
export function hashBuildInputs(root: string): string {
  const rootSources = readdirSync(root).filter((name) => /\.(ts|tsx|mjs|js|css)$/.test(name) && !ROOT_TOOL_CONFIGS.has(name));
  const files = [...ROOT_FILES, ...rootSources, ...SOURCE_DIRS.flatMap((dir) => listFiles(root, dir))];
  const hash = createHash("sha256");
  for (const file of [...new Set(files)].sort()) {
    const fullPath = path.join(root, file);
    if (!existsSync(fullPath)) continue;
    hash.update(`${file}\0`).update(readFileSync(fullPath)).update("\0");
  }
  return hash.digest("hex");
}

/** Runs `next build` unless .next holds a build of exactly the current sources. */
export async function buildIfNeeded(root: string, log: (line: string) => void): Promise<void> {
  const inputsHash = hashBuildInputs(root);
  const hashFile = path.join(root, BUILD_HASH);
  const isBuilt = existsSync(path.join(root, BUILD_ID)) && existsSync(hashFile) && readFileSync(hashFile, "utf8").trim() === inputsHash;
  if (isBuilt) {
    log("Build is up to date.");
    return;
  }

  log("Building the app (next build)...");
  rmSync(hashFile, { force: true }); // a failed build must not leave an old hash behind
  const startedAt = Date.now();
  const { exited } = startProcess(process.execPath, [NEXT_BIN, "build"], {
    cwd: root,
    // NEXT_TELEMETRY_DISABLED: the build must not try to reach the network.
    env: childEnv({ NEXT_TELEMETRY_DISABLED: "1" }),
  });
  const { code } = await exited;
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  writeFileSync(hashFile, `${inputsHash}\n`);
  log(`Built in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
}
