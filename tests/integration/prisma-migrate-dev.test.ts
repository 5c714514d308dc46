// `prisma migrate dev` through the offline schema-engine bridge, as `npm run db:migrate:dev` runs it:
// a copy of prisma/ with one schema change gets a new migration holding that change, checked for
// data loss against a shadow database that replays the history.
//
// On a server the shadow database is the bridge's own (CREATE DATABASE, dropped afterwards), on a
// new scratch database. PGlite serves one database per server, so on the embedded database the
// main and shadow databases are two in-memory embedded servers, the shadow one named by
// `shadowDatabaseUrl` in the copy's config.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import { startEmbeddedPostgres } from "@/scripts/embedded-db";
import { createScratchDatabase } from "@/scripts/start/scratch-database";

// scripts/prisma.mjs is plain JavaScript without declarations: the part of it used here.
type PrismaResult = { code: number; stdout: string; stderr: string };
type PrismaCli = {
  projectRoot: string;
  runPrisma(args: string[], options?: { env?: NodeJS.ProcessEnv; stdio?: "pipe"; cwd?: string }): Promise<PrismaResult>;
};
const PRISMA_CLI = new URL("../../scripts/prisma.mjs", import.meta.url);
const SLOW = 180_000; // the CLI, the WASM engine, and the history replayed twice

// The project's prisma.config.ts imports "prisma/config", which a copy outside the project cannot
// resolve: the same settings as a plain object.
const CONFIG = `export default {
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined },
};
`;

type Databases = { url: string; shadowUrl?: string; stop(): Promise<void> };

async function startDatabases(): Promise<Databases> {
  if (process.env.INTEGRATION_DATABASE === "embedded") {
    const [main, shadow] = await Promise.all([startEmbeddedPostgres(), startEmbeddedPostgres()]);
    return { url: main.url, shadowUrl: shadow.url, stop: async () => void (await Promise.all([main.stop(), shadow.stop()])) };
  }
  const scratch = await createScratchDatabase(requireDatabaseUrl(), "dune_migrate_dev");
  return { url: scratch.url, stop: () => scratch.drop() };
}

async function columnsOf(url: string, table: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
      [table],
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe("prisma migrate dev through the schema-engine bridge", () => {
  let dir: string;
  let databases: Databases;
  let migrateDev: (name: string) => Promise<PrismaResult>;

  beforeAll(async () => {
    const { projectRoot, runPrisma } = (await import(PRISMA_CLI.href)) as PrismaCli;
    dir = await mkdtemp(path.join(tmpdir(), "dune-migrate-dev-"));
    await cp(path.join(projectRoot, "prisma", "migrations"), path.join(dir, "prisma", "migrations"), { recursive: true });
    await cp(path.join(projectRoot, "prisma", "schema.prisma"), path.join(dir, "prisma", "schema.prisma"));
    await writeFile(path.join(dir, "prisma.config.ts"), CONFIG);
    databases = await startDatabases();
    const env = { ...process.env, DATABASE_URL: databases.url, SHADOW_DATABASE_URL: databases.shadowUrl ?? "" };
    migrateDev = (name) => runPrisma(["migrate", "dev", "--name", name], { env, stdio: "pipe", cwd: dir });
  }, SLOW);

  afterAll(async () => {
    await databases?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, SLOW);

  it("writes a migration for a new column on a new database, and applies it", { timeout: SLOW }, async () => {
    const schemaPath = path.join(dir, "prisma", "schema.prisma");
    const schema = await readFile(schemaPath, "utf8");
    const changed = schema.replace(/^model Season \{\n/m, '$&  nickname String? @map("nick_name")\n');
    expect(changed).not.toBe(schema);
    await writeFile(schemaPath, changed);

    // A new database: the committed migrations are applied first, then the change is checked for
    // data loss against the replayed history and written as a migration of its own.
    const { code, stdout, stderr } = await migrateDev("add_season_nickname");
    expect(code, stdout + stderr).toBe(0);
    const created = (await readdir(path.join(dir, "prisma", "migrations"))).filter((name) => name.endsWith("_add_season_nickname"));
    expect(created).toHaveLength(1);
    const sql = await readFile(path.join(dir, "prisma", "migrations", created[0]!, "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "season" ADD COLUMN\s+"nick_name" TEXT;/);
    expect(await columnsOf(databases.url, "season")).toContain("nick_name");
  });

  it("stops at the data-loss check before dropping a column that holds data", { timeout: SLOW }, async () => {
    const client = new pg.Client({ connectionString: databases.url });
    await client.connect();
    try {
      await client.query("INSERT INTO season (slug, name, year, nick_name, updated_at) VALUES ('s', 'S', 2027, 'kept', now())");
    } finally {
      await client.end();
    }
    const schemaPath = path.join(dir, "prisma", "schema.prisma");
    await writeFile(schemaPath, (await readFile(schemaPath, "utf8")).replace(/^ {2}nickname String\? @map\("nick_name"\)\n/m, ""));

    const { code, stdout, stderr } = await migrateDev("drop_season_nickname");
    expect(code, stdout + stderr).not.toBe(0);
    expect(stdout).toContain("You are about to drop the column `nick_name` on the `season` table, which still contains 1 non-null values.");
    const migrations = await readdir(path.join(dir, "prisma", "migrations"));
    expect(migrations.some((name) => name.endsWith("_drop_season_nickname"))).toBe(false);
    expect(await columnsOf(databases.url, "season")).toContain("nick_name");
  });
});
