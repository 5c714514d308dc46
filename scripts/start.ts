// `npm start`: builds when the sources changed, prepares a database, serves the app (scripts/serve.mjs).
//
//   npm start                      embedded PostgreSQL (PGlite) persisted in .data/pglite
//   npm start -- --data-dir DIR    the same, with the data (database, auth secret) kept in DIR
//   npm start -- --ephemeral       a throwaway database, dropped at exit (end-to-end tests)
//   DATABASE_URL=... npm start     that server's database instead (with --ephemeral: a new
//                                  database on that server, which must be local)
//
// Demo admin (admin@dune-draft.local, password printed once): on the embedded database it is
// created whenever that account is missing, since the embedded database only ever holds demo data.
// On a DATABASE_URL it is created only by the run that seeded an empty database: that run is a
// fresh demo install; a database that already has events may hold real accounts, whose admins
// come from ADMIN_EMAILS instead.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { EMBEDDED_POOL_MAX, startEmbeddedPostgres } from "./embedded-db";
import { buildIfNeeded } from "./start/build";
import { readOrCreateSecret, secureDataDir } from "./start/data-dir";
import { seedAndCreateAdmin, type DemoAdmin } from "./start/database";
import { migrateDatabase } from "./start/migrate";
import { childEnv, createShutdown, isPortFree, startProcess, stopProcess, waitForHttp } from "./start/processes";
import { createScratchDatabase } from "./start/scratch-database";
import { generateVapidKeys, readOrCreateVapidKeys, type VapidKeys } from "./start/vapid-keys";

const ROOT = path.resolve(import.meta.dirname, "..");
const READY_TIMEOUT_MS = 90_000;
const SERVE_SCRIPT = path.join("scripts", "serve.mjs");

function log(line: string): void {
  console.log(`[start] ${line}`);
}

/** Paths inside the project relative to it, others absolute. */
function displayPath(fullPath: string): string {
  const relative = path.relative(ROOT, fullPath);
  return relative.startsWith("..") || path.isAbsolute(relative) ? fullPath : relative;
}

type Options = { dataDir: string; isEphemeral: boolean };

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      "data-dir": { type: "string", default: ".data" },
      ephemeral: { type: "boolean", default: false },
    },
  });
  return { dataDir: path.resolve(values["data-dir"]), isEphemeral: values.ephemeral };
}

const shutdown = createShutdown((signal) => log(`${signal} received, stopping...`));

/** `directUrl`: a session connection to the same database, for migrations (DATABASE_DIRECT_URL past a pooler). */
type Database = { url: string; directUrl?: string; poolMax?: number; demoAdmin: "if-missing" | "if-seeded" };

async function openDatabase({ dataDir, isEphemeral }: Options): Promise<Database> {
  if (env.DATABASE_URL && isEphemeral) {
    const scratch = await createScratchDatabase(env.DATABASE_URL, "dune_scratch");
    shutdown.add(async () => {
      await scratch.drop();
      log(`Dropped database ${scratch.name}.`);
    });
    log(`Created database ${scratch.name}.`);
    return { url: scratch.url, demoAdmin: "if-seeded" };
  }
  if (env.DATABASE_URL) {
    log(`Using DATABASE_URL (${new URL(env.DATABASE_URL).host}).`);
    return { url: env.DATABASE_URL, directUrl: env.DATABASE_DIRECT_URL, demoAdmin: "if-seeded" };
  }

  const pgliteDir = isEphemeral ? undefined : path.join(dataDir, "pglite");
  const isFirstRun = pgliteDir !== undefined && !existsSync(pgliteDir);
  log(
    pgliteDir
      ? `Starting the embedded database in ${displayPath(pgliteDir)}${isFirstRun ? " (first run: creating it)" : ""}...`
      : "Starting an in-memory embedded database...",
  );
  let password: string | undefined;
  if (pgliteDir) {
    secureDataDir(dataDir);
    password = readOrCreateSecret(dataDir, "db-password").value;
  }
  const embedded = await startEmbeddedPostgres({ dataDir: pgliteDir, password });
  shutdown.add(async () => {
    await embedded.stop();
    log("Embedded database closed.");
  });
  return { url: embedded.url, poolMax: EMBEDDED_POOL_MAX, demoAdmin: "if-missing" };
}

/** A user-provided AUTH_SECRET wins; otherwise one generated once and kept in the data dir. */
function resolveAuthSecret({ dataDir, isEphemeral }: Options): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (isEphemeral) return randomBytes(32).toString("base64url");
  const secret = readOrCreateSecret(dataDir, "auth-secret");
  if (secret.isNew) log(`Generated AUTH_SECRET, kept in ${displayPath(secret.file)}.`);
  return secret.value;
}

/** A user-provided VAPID key pair wins; otherwise one generated once and kept in the data dir. */
function resolveVapidKeys({ dataDir, isEphemeral }: Options): VapidKeys {
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) return { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY };
  if (isEphemeral) return generateVapidKeys();
  const stored = readOrCreateVapidKeys(dataDir);
  if (stored.isNew) log(`Generated the web push (VAPID) keys, kept in ${displayPath(stored.file)}.`);
  return stored.keys;
}

/**
 * V8's heap for the server. Left alone on a large machine V8 grows it freely (a 560 MB peak under
 * load, live data about 75 MB after each full collection). A 256 MB old generation holds the peak
 * between 420 and 470 MB through the bench's load and rush, and a 32 MB young generation (the
 * default is 16) lets each render's short-lived garbage die young (measured with `npm run bench`,
 * see bench/README.md).
 */
const SERVER_HEAP_FLAGS = ["--max-old-space-size=256", "--max-semi-space-size=32"];

async function serve(
  database: Database,
  authSecret: string,
  vapid: VapidKeys,
  mailEnv: Record<string, string>,
): Promise<{ exited: Promise<unknown> }> {
  log(`Starting Next.js on port ${env.PORT}...`);
  const next = startProcess(process.execPath, [...SERVER_HEAP_FLAGS, SERVE_SCRIPT, "--port", String(env.PORT)], {
    cwd: ROOT,
    env: childEnv(
      {
        DATABASE_URL: database.url,
        AUTH_SECRET: authSecret,
        VAPID_PUBLIC_KEY: vapid.publicKey,
        VAPID_PRIVATE_KEY: vapid.privateKey,
        PORT: String(env.PORT),
        NEXT_TELEMETRY_DISABLED: "1",
        ...mailEnv,
      },
      {
        // The app is served where it runs: Auth.js may trust the Host header it is reached by.
        AUTH_TRUST_HOST: "true",
        DATABASE_POOL_MAX: String(database.poolMax ?? env.DATABASE_POOL_MAX),
      },
    ),
  });
  shutdown.add(async () => {
    await stopProcess(next.child, next.exited);
    log("Next.js stopped.");
  });
  await waitForHttp(`http://127.0.0.1:${env.PORT}/`, READY_TIMEOUT_MS, next.exited);
  return next;
}

/**
 * Where email goes: SMTP_URL's server; on the embedded demo without one, .eml files in the data
 * directory (the console prints each subject and link); otherwise nowhere, said loudly.
 */
function resolveMail({ dataDir, isEphemeral }: Options): Record<string, string> {
  if (env.SMTP_URL) return {};
  const directory = env.MAIL_DIR ?? (env.DATABASE_URL || isEphemeral ? undefined : path.join(dataDir, "mail"));
  if (directory) {
    log(`No SMTP_URL: emails are written to ${displayPath(path.resolve(directory))} and their links printed here.`);
    return { MAIL_DIR: path.resolve(directory) };
  }
  log("WARNING: SMTP_URL is not set, so email is off: no verification, password reset, reminder or results emails.");
  return {};
}

function printReady(demoAdmin: DemoAdmin | undefined): void {
  const lines = [`Dune Draft is running at http://localhost:${env.PORT}`];
  if (demoAdmin) {
    lines.push(`Demo admin (shown only this once): ${demoAdmin.email} / ${demoAdmin.password}`);
  }
  lines.push("Press Ctrl-C to stop.");
  console.log(`\n  ${lines.join("\n  ")}\n`);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const options = readOptions();
  if (!(await isPortFree(env.PORT))) {
    throw new Error(`port ${env.PORT} is already in use: stop what runs there or set PORT`);
  }

  await buildIfNeeded(ROOT, log);
  const database = await openDatabase(options);
  log("Applying migrations...");
  await migrateDatabase(database.directUrl ?? database.url);
  const { seeded, demoAdmin } = await seedAndCreateAdmin(database.directUrl ?? database.url, { demoAdmin: database.demoAdmin });
  log(seeded ? "Seeded the Dakar 2026 replay and the sample Dakar 2027 event." : "Database already has events: not seeding.");
  const authSecret = resolveAuthSecret(options);
  const vapidKeys = resolveVapidKeys(options);
  if (options.isEphemeral && env.E2E_DATABASE_URL_FILE) {
    mkdirSync(path.dirname(env.E2E_DATABASE_URL_FILE), { recursive: true });
    writeFileSync(env.E2E_DATABASE_URL_FILE, database.url, { mode: 0o600 });
  }

  const next = await serve(database, authSecret, vapidKeys, resolveMail(options));
  log(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  printReady(demoAdmin);

  await next.exited;
  // On Ctrl-C the terminal signals Next.js too, which may exit before our own handler has run.
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (!shutdown.isShuttingDown) {
    log("Next.js exited unexpectedly.");
    await shutdown.exit(1);
  }
}

main().catch(async (error: unknown) => {
  if (shutdown.isShuttingDown) return;
  console.error(`[start] Failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown.exit(1);
});
