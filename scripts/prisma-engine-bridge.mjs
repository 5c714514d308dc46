#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, named by PRISMA_SCHEMA_ENGINE_BINARY.
// It speaks the same command line / JSON-RPC protocol as the native engine and runs Prisma's own
// WebAssembly build of the engine (@prisma/schema-engine-wasm) over @prisma/adapter-pg + pg.
//
//   <bridge> --version
//   <bridge> --datasource '{"url":"postgresql://..."}' cli can-connect-to-database|create-database|drop-database
//   <bridge> [--datamodels <file>]... [--datasource '<json>']   JSON-RPC 2.0 over stdin/stdout
//
// stdout carries JSON-RPC only; logs go to stderr as JSON lines, like the native engine's.
import { readFileSync } from "node:fs";
import readline from "node:readline";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import {
  BridgePgFactory,
  canConnect,
  createDatabase,
  DatasourceError,
  describePgError,
  dropDatabase,
  dropLeftoverShadowDbs,
  parseDatasourceUrl,
} from "./prisma-engine/pg.mjs";
import { engineCommit, loadSchemaEngineWasm } from "./prisma-engine/wasm.mjs";

// stdout is reserved for JSON-RPC: anything a dependency prints goes to stderr instead.
console.log = console.info = console.debug = (...args) => console.error(...args);

function log(level, message, extra = {}) {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: "schema_engine::logger" };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types")
      i++; // not used by the WASM engine
    else if (a === "--version" || a === "-V") args.version = true;
    else if (a === "cli") args.cli = argv[++i];
  }
  return args;
}

/** Turns a failure into { code, message } with a Prisma error code where we can tell one. */
async function classify(error, url) {
  const known = error?.errorCode ?? error?.code; // DatasourceError / engine errors (SchemaConnectorError)
  if (typeof known === "string" && /^P\d{4}$/.test(known)) return { code: known, message: error.message };
  if (url) {
    // The WASM engine reports connection failures without a code: re-probe with pg to get one.
    try {
      await canConnect(url);
    } catch (probeError) {
      let parsed;
      try {
        parsed = parseDatasourceUrl(url);
      } catch {}
      const described = describePgError(probeError, parsed);
      if (described.code) return described;
    }
  }
  return { code: undefined, message: String(error?.message ?? error) };
}

async function runCliCommand(command, datasource) {
  const url = datasource?.url;
  log("INFO", `Starting schema engine bridge CLI (${command})`);
  const actions = { "can-connect-to-database": canConnect, "create-database": createDatabase, "drop-database": dropDatabase };
  try {
    if (!actions[command]) throw new Error(`Unknown cli command: ${command}`);
    if (!url) throw new DatasourceError("P1012", "The `--datasource` argument with a `url` is required.");
    await actions[command](url);
    return 0;
  } catch (error) {
    let parsed;
    try {
      parsed = url ? parseDatasourceUrl(url) : undefined;
    } catch {}
    const { code, message } = describePgError(error, parsed);
    log("ERROR", message, code ? { error_code: code } : {});
    return 1;
  }
}

// The WASM engine reports a Rust panic through this hook, then traps (an uncaught RuntimeError).
let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    panicMessage = message;
  },
};

function runRpcSession({ datamodels, datasource }) {
  const schemaFiles = datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  const write = (msg) => process.stdout.write(`${JSON.stringify(msg)}\n`);
  let enginePromise;
  let engine;
  const getEngine = () =>
    (enginePromise ??= (async () => {
      const bg = await loadSchemaEngineWasm();
      // Unlike the native engine, the WASM engine queries its database as soon as it starts, even
      // for schema-only work such as `migrate diff --from-empty --to-schema`.
      if (!datasource?.url) {
        throw new DatasourceError(
          "P1012",
          "The schema engine bridge needs a database for every command: set DATABASE_URL (datasource.url in prisma.config.ts).",
        );
      }
      const factory = bindMigrationAwareSqlAdapterFactory(new BridgePgFactory(datasource));
      const onLog = (line) => process.stderr.write(String(line).endsWith("\n") ? String(line) : `${line}\n`);
      try {
        engine = await bg.SchemaEngine.new({ datamodels: schemaFiles.length ? schemaFiles : undefined }, onLog, factory);
        return engine;
      } catch (error) {
        throw Object.assign(new Error(), await classify(error, datasource?.url));
      }
    })());

  // Requests we send to the CLI (only `print`), awaiting its response.
  let nextOutgoingId = 1;
  const outgoing = new Map();
  const requestCli = (method, params) =>
    new Promise((resolve, reject) => {
      const id = `bridge-${nextOutgoingId++}`;
      outgoing.set(id, { resolve, reject });
      write({ jsonrpc: "2.0", id, method, params });
    });

  // The WASM engine's evaluateDataLoss and createMigration read the migration history's schema from
  // a cache that only devDiagnostic and diagnoseMigrationHistory fill, through the shadow database
  // (only they are handed the adapter factory). devDiagnostic skips that work on a database with no
  // migration applied yet, so `migrate dev` on a new database stopped with this error: fill the
  // cache through diagnoseMigrationHistory, which replays the history on a shadow database, and ask again.
  const SHADOW_GAP = /shadow DB must be provided through an external factory/;
  const withMigrationHistorySchema = (method) => async (p) => {
    const e = await getEngine();
    try {
      return await e[method](p);
    } catch (error) {
      if (!SHADOW_GAP.test(String(error?.message ?? error))) throw error;
      log("INFO", `Replaying the migration history on a shadow database for ${method}`);
      await e.diagnoseMigrationHistory({ migrationsList: p.migrationsList, optInToShadowDatabase: true, filters: p.filters });
      return await e[method](p);
    }
  };

  const handlers = {
    evaluateDataLoss: withMigrationHistorySchema("evaluateDataLoss"),
    createMigration: withMigrationHistorySchema("createMigration"),
    // Not in the WASM API: the native engine answers these itself.
    createDatabase: async (p) => ({ databaseName: await createDatabase(p.datasource?.url ?? datasource?.url) }),
    // (The WASM engine throws an uncatchable error for a params object without `datasource`.)
    getDatabaseVersion: async (p) => (await getEngine()).version(p?.datasource ? p : undefined),
    version: async (p) => (await getEngine()).version(p?.datasource ? p : undefined),
    diff: async (p) => {
      const { exitCode, stdout } = await (await getEngine()).diff(p);
      // The native engine has the CLI print the script through a `print` request, then answers.
      if (stdout) await requestCli("print", { content: stdout });
      return { exitCode };
    },
  };

  let current; // the request being handled, if any

  async function dispatch({ id, method, params }) {
    current = { id, method };
    try {
      let result;
      if (handlers[method]) result = await handlers[method](params ?? {});
      else {
        const e = await getEngine();
        if (typeof e[method] !== "function" || method === "constructor" || method === "free") {
          write({ jsonrpc: "2.0", id, error: { code: -32601, message: `Method not found: ${method}` } });
          return;
        }
        result = await e[method](params ?? {});
      }
      write({ jsonrpc: "2.0", id, result: result ?? {} });
    } catch (error) {
      const { code, message } = await classify(error, datasource?.url);
      log("ERROR", message, code ? { error_code: code } : {});
      write({
        jsonrpc: "2.0",
        id,
        error: {
          code: 4466,
          message: "An error happened. Check the data field for details.",
          data: { is_panic: false, message, error_code: code ?? null, meta: error?.meta ?? null },
        },
      });
    } finally {
      current = undefined;
    }
  }

  // A panic (or an error thrown while the engine polls a future, e.g. for malformed params) leaves
  // the WASM instance unusable: answer the request in flight, then exit like the native engine does
  // on a panic (code 101).
  const onFatal = (error) => {
    const isPanic = panicMessage !== undefined;
    const message = panicMessage ?? String(error?.message ?? error);
    log("ERROR", message, { is_panic: isPanic, ...(isPanic ? {} : { stack: String(error?.stack) }) });
    if (current) {
      const data = { is_panic: isPanic, message, error_code: null, meta: null, error: { message } };
      write({
        jsonrpc: "2.0",
        id: current.id,
        error: { code: 4466, message: "An error happened. Check the data field for details.", data },
      });
    }
    dropLeftoverShadowDbs().finally(() => process.exit(101));
  };
  process.on("uncaughtException", onFatal);
  process.on("unhandledRejection", onFatal);

  let queue = Promise.resolve();
  let inFlight = 0;
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      write({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (msg.method === undefined) {
      // A response to one of our own requests (`print`).
      const pending = outgoing.get(msg.id);
      outgoing.delete(msg.id);
      if (msg.error) pending?.reject(new Error(msg.error.message));
      else pending?.resolve(msg.result);
      return;
    }
    inFlight++;
    queue = queue.then(() => dispatch(msg)).finally(() => inFlight--); // one engine call at a time, in order
  });
  rl.on("close", () => {
    for (const pending of outgoing.values()) pending.reject(new Error("stdin closed"));
    outgoing.clear();
    queue.then(() => shutdown(0));
  });

  let shuttingDown = false;
  async function shutdown(code) {
    if (shuttingDown) return;
    shuttingDown = true;
    try {
      engine?.free();
    } catch {}
    await dropLeftoverShadowDbs();
    process.exit(code);
  }
  // The CLI ends our stdin and then immediately sends SIGTERM: that is a normal stop when idle.
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => shutdown(inFlight ? 128 + (signal === "SIGINT" ? 2 : 15) : 0));
}

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  log("ERROR", `Invalid arguments: ${error.message}`);
  process.exit(1);
}
if (args.version) {
  process.stdout.write(`schema-engine-cli ${engineCommit()}\n`);
} else if (args.cli) {
  process.exitCode = await runCliCommand(args.cli, args.datasource);
} else {
  runRpcSession(args);
}
