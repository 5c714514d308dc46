import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/embedded-db";
import { readOrCreateSecret, secureDataDir } from "@/scripts/start/data-dir";

const mode = (file: string) => statSync(file).mode & 0o777;

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ answer: number }>("SELECT 41 + 1 AS answer");
    return rows[0]?.answer;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), "dune-embedded-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the embedded database", () => {
  it("asks for its password: none or a wrong one is refused, the right one works", async () => {
    const embedded = await startEmbeddedPostgres({ password: "the-right-password" });
    try {
      const url = new URL(embedded.url);
      expect(url.password).toBe("the-right-password");
      expect(await connect(embedded.url)).toBe(42);
      url.password = "a-wrong-password";
      await expect(connect(url.toString())).rejects.toThrow(/password authentication failed/);
      url.password = "";
      await expect(connect(url.toString())).rejects.toThrow(/password/);
      // A refused client leaves the server serving the others.
      expect(await connect(embedded.url)).toBe(42);
    } finally {
      await embedded.stop();
    }
  });

  it("keeps its files private: the data dir 0700, files 0600, also those made before the rule", async () => {
    const dataDir = path.join(scratch, "data");
    mkdirSync(path.join(dataDir, "pglite"), { recursive: true, mode: 0o755 });
    writeFileSync(path.join(dataDir, "pglite", "old-file"), "x", { mode: 0o666 });
    const umask = process.umask();
    try {
      secureDataDir(dataDir);
      const password = readOrCreateSecret(dataDir, "db-password");
      expect(password.isNew).toBe(true);
      expect(readOrCreateSecret(dataDir, "db-password").value).toBe(password.value);
      const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), password: password.value });
      await connect(embedded.url);
      await embedded.stop();

      expect(mode(dataDir)).toBe(0o700);
      expect(mode(password.file)).toBe(0o600);
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
          const full = path.join(dir, entry.name);
          return entry.isDirectory() ? [full, ...walk(full)] : [full];
        });
      const entries = walk(dataDir);
      expect(entries.length).toBeGreaterThan(10); // PGlite's own files are there
      const open = entries.filter((entry) => (mode(entry) & 0o077) !== 0);
      expect(open).toEqual([]);
    } finally {
      process.umask(umask);
    }
  });
});
