import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** chmod 0700 on directories and 0600 on files below `target`. */
export function restrictTree(target: string): void {
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) {
      chmodSync(full, 0o700);
      restrictTree(full);
    } else if (entry.isFile()) {
      chmodSync(full, 0o600);
    }
  }
}

/**
 * The data directory holds the database's files and the secrets that open it and sign sessions:
 * this user only. The directory itself is 0700, which is what keeps others out; files get 0600 as
 * well (those of data directories made before this rule too), and the umask covers what this
 * process creates later. PGlite sets 0666 on the files it creates, whatever the umask, so the
 * embedded database tightens its tree again after it opens and closes (scripts/embedded-db.ts).
 */
export function secureDataDir(dataDir: string): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  restrictTree(dataDir);
}

/** A secret kept in `dataDir/name` (0600), made by `generate` the first time (32 random bytes unless said). */
export function readOrCreateSecret(
  dataDir: string,
  name: string,
  generate: () => string = () => randomBytes(32).toString("base64url"),
): { value: string; file: string; isNew: boolean } {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return { value: readFileSync(file, "utf8").trim(), file, isNew: false };
  const value = generate();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return { value, file, isNew: true };
}
