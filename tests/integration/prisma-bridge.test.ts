// Prisma Migrate through the offline schema-engine bridge (scripts/prisma-engine-bridge.mjs),
// driven by the same wrapper the npm scripts use (scripts/prisma.mjs).
//
// Self-contained: it makes its own scratch database on the server named by DATABASE_URL (default
// postgresql://postgres@127.0.0.1:5432/postgres; local servers only) and drops it afterwards. When
// that server is PGlite (one database per server), it starts its own in-memory PGlite instead.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withClient } from "@/scripts/start/pg-client";

// scripts/prisma.mjs is plain JavaScript without declarations: the part of it used here.
type PrismaResult = { code: number; stdout: string; stderr: string };
type PrismaCli = {
  runPrisma(args: string[], options?: { env?: NodeJS.ProcessEnv; stdio?: "inherit" | "pipe" }): Promise<PrismaResult>;
};
const PRISMA_CLI = new URL("../../scripts/prisma.mjs", import.meta.url);
const BRIDGE = fileURLToPath(new URL("../../scripts/prisma-engine-bridge.mjs", import.meta.url));

const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const SLOW = 120_000; // each CLI run starts Node, the CLI and the WASM engine

function assertLocal(url: string): void {
  const parsed = new URL(url);
  const socketHost = parsed.searchParams.get("host");
  const local =
    socketHost !== null
      ? socketHost.startsWith("/") || LOCAL_HOSTS.has(socketHost)
      : LOCAL_HOSTS.has(parsed.hostname) || /^127\.\d+\.\d+\.\d+$/.test(parsed.hostname);
  if (!local) throw new Error(`Refusing to create a scratch database on ${parsed.host}: DATABASE_URL must be local.`);
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A TCP port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
async function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function runBridge(args: string[]): Promise<PrismaResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BRIDGE, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

type Scratch = { url: string; kind: "postgres" | "pglite"; drop(): Promise<void> };

async function createScratch(serverUrl: string): Promise<Scratch> {
  assertLocal(serverUrl);
  const version = await withClient(serverUrl, async (c) => (await c.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v);
  if (version?.includes("PGlite")) {
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
    await server.start();
    return {
      url: `postgresql://postgres@${server.getServerConn()}/postgres`,
      kind: "pglite",
      drop: async () => {
        await server.stop();
        await db.close();
      },
    };
  }
  const name = `prisma_bridge_test_${Math.floor(Date.now() / 1000)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const adminUrl = withDatabase(serverUrl, "postgres");
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(serverUrl, name),
    kind: "postgres",
    drop: () => withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

describe("prisma migrate through the schema-engine bridge", () => {
  let scratch: Scratch;
  let prisma: (...args: string[]) => Promise<PrismaResult>;

  beforeAll(async () => {
    const { runPrisma } = (await import(PRISMA_CLI.href)) as PrismaCli;
    scratch = await createScratch(process.env.DATABASE_URL || DEFAULT_SERVER_URL);
    prisma = (...args) => runPrisma(args, { env: { ...process.env, DATABASE_URL: scratch.url }, stdio: "pipe" });
  }, SLOW);

  afterAll(async () => {
    await scratch?.drop();
  }, SLOW);

  it("applies the migrations with migrate deploy", { timeout: SLOW }, async () => {
    const { code, stdout, stderr } = await prisma("migrate", "deploy");
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toMatch(/All migrations have been successfully applied|No pending migrations to apply/);
  });

  it("reports the database up to date with migrate status", { timeout: SLOW }, async () => {
    const { code, stdout, stderr } = await prisma("migrate", "status");
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toContain("Database schema is up to date!");
  });

  it("finds no drift between the migrated database and prisma/schema.prisma", { timeout: SLOW }, async () => {
    const { code, stdout, stderr } = await prisma(
      "migrate",
      "diff",
      "--from-config-datasource",
      "--to-schema",
      "prisma/schema.prisma",
      "--exit-code",
    );
    // Exit 2 means the migrations do not produce the schema: `stdout` lists the differences.
    expect(code, stdout + stderr).toBe(0);
  });

  it("exits 2 from migrate diff --exit-code once the database drifts", { timeout: SLOW }, async () => {
    await withClient(scratch.url, (c) => c.query("CREATE TABLE bridge_test_drift (id integer PRIMARY KEY)"));
    const { code, stdout, stderr } = await prisma(
      "migrate",
      "diff",
      "--from-config-datasource",
      "--to-schema",
      "prisma/schema.prisma",
      "--exit-code",
    );
    expect(code, stdout + stderr).toBe(2);
    expect(stdout).toContain("bridge_test_drift");
  });

  it("fails can-connect-to-database with a JSON error line for an unreachable server", { timeout: SLOW }, async () => {
    const port = await unusedPort();
    const datasource = JSON.stringify({ url: `postgresql://postgres@127.0.0.1:${port}/postgres` });
    const { code, stdout, stderr } = await runBridge(["--datasource", datasource, "cli", "can-connect-to-database"]);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    const lines = stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { level: string; fields: Record<string, string> });
    const error = lines.find((line) => line.level === "ERROR");
    expect(error?.fields.error_code).toBe("P1001");
    expect(error?.fields.message).toContain(`127.0.0.1:${port}`);
  });
});
