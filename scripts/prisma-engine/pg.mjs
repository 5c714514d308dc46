// PostgreSQL side of the schema-engine bridge: connection-string handling, a pg Pool that
// @prisma/adapter-pg can read Postgres catalog queries through, a migration-aware adapter factory
// that creates (and later drops) its own shadow databases, and create/drop/can-connect helpers.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, DriverAdapterError } from "@prisma/driver-adapter-utils";

// @prisma/adapter-pg 7.10 throws UnsupportedNativeDataType for some catalog types the engine reads
// while describing a schema: "char" (18) and, defensively, name (19) and name[] (1003). Values of
// these types are already parsed as strings (arrays of strings) by pg, so relabel them as text.
const CHAR_OID = 18;
const CATALOG_OID_REWRITES = new Map([
  [CHAR_OID, 25],
  [19, 25],
  [1003, 1009],
]);

// The engine reads "char" columns (e.g. pg_constraint.contype) as a Rust char, and panics on a Text
// value ("... as char failed", as soon as a table has a CHECK constraint). So remember which columns
// were "char", keyed by the result's rows array (which queryRaw passes through as is), and report
// them as ColumnTypeEnum.Character from queryRaw (see withCharColumns below).
const charColumnsByRows = new WeakMap();

function relabelCatalogTypes(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    const charColumns = [];
    (r?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) charColumns.push(i);
      const to = CATALOG_OID_REWRITES.get(field.dataTypeID);
      if (to !== undefined) field.dataTypeID = to;
    });
    if (charColumns.length && Array.isArray(r.rows)) charColumnsByRows.set(r.rows, charColumns);
  }
  return result;
}

function withCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/** pg.Client whose results never carry the catalog oids above (promise and callback forms). */
export class CatalogSafeClient extends pg.Client {
  query(config, values, callback) {
    if (config == null || typeof config.submit === "function") {
      return super.query(config, values, callback);
    }
    if (typeof values === "function") {
      callback = values;
      values = undefined;
    }
    if (typeof callback === "function") {
      // pg.Pool#query always takes this path.
      return super.query(config, values, (err, res) => callback(err, err ? res : relabelCatalogTypes(res)));
    }
    return super.query(config, values).then(relabelCatalogTypes);
  }
}

// Query parameters that Prisma understands in a postgres URL but pg does not.
const PRISMA_ONLY_PARAMS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"];

export class DatasourceError extends Error {
  constructor(code, message) {
    super(message);
    this.errorCode = code;
  }
}

/** Parses a Prisma postgres URL into what pg and PrismaPg need. */
export function parseDatasourceUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new DatasourceError("P1013", "The provided database string is invalid. Unable to parse the database URL.");
  }
  if (u.protocol !== "postgresql:" && u.protocol !== "postgres:") {
    throw new DatasourceError(
      "P1013",
      `The provided database string is invalid. This engine bridge only supports postgresql:// URLs, got \`${u.protocol}\`.`,
    );
  }
  const schema = u.searchParams.get("schema") || undefined;
  const limit = Number.parseInt(u.searchParams.get("connection_limit") ?? "", 10);
  for (const p of PRISMA_ONLY_PARAMS) u.searchParams.delete(p);
  const database = decodeURIComponent(u.pathname.replace(/^\//, "")) || decodeURIComponent(u.username) || "postgres";
  return {
    url: u,
    database,
    schema,
    host: `${u.hostname || "localhost"}:${u.port || 5432}`,
    user: decodeURIComponent(u.username) || "postgres",
    poolMax: Number.isFinite(limit) && limit > 0 ? limit : undefined,
  };
}

function withDatabase(parsed, database) {
  const u = new URL(parsed.url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return { ...parsed, url: u, database };
}

function poolConfig(parsed) {
  return {
    connectionString: parsed.url.toString(),
    Client: CatalogSafeClient,
    ...(parsed.poolMax ? { max: parsed.poolMax } : {}),
    // Mirror the native engine: unqualified names in migration scripts resolve to the target schema.
    ...(parsed.schema ? { options: `-c search_path="${parsed.schema.replaceAll('"', '""')}"` } : {}),
  };
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/** Maps a pg / network error to the Prisma error code and message the CLI expects. */
export function describePgError(error, parsed) {
  if (error instanceof DatasourceError) return { code: error.errorCode, message: error.message };
  const where = parsed ? `\`${parsed.host}\`` : "the database server";
  switch (error?.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EHOSTUNREACH":
    case "ECONNRESET":
    case "ETIMEDOUT":
      return {
        code: "P1001",
        message: `Can't reach database server at ${where}\n\nPlease make sure your database server is running at ${where}.`,
      };
    case "3D000":
      return {
        code: "P1003",
        message: `Database \`${parsed?.database}\` does not exist on the database server at ${where}.`,
      };
    case "28P01":
    case "28000":
      return {
        code: "P1000",
        message: `Authentication failed against database server at ${where}, the provided database credentials for \`${parsed?.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at ${where}.`,
      };
    case "42P04":
      return { code: "P1009", message: `Database \`${parsed?.database}\` already exists on the database server at ${where}` };
    default:
      return { code: undefined, message: String(error?.message ?? error) };
  }
}

async function withClient(parsed, fn) {
  const client = new pg.Client({ connectionString: parsed.url.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs fn with a client on a maintenance database of the same server (for CREATE/DROP DATABASE). */
async function withAdminClient(parsed, fn) {
  let lastError;
  for (const db of ["postgres", "template1"]) {
    try {
      return await withClient(withDatabase(parsed, db), fn);
    } catch (error) {
      if (error?.code !== "3D000") throw error;
      lastError = error;
    }
  }
  throw lastError;
}

export async function canConnect(url) {
  const parsed = parseDatasourceUrl(url);
  await withClient(parsed, (c) => c.query("SELECT 1"));
}

export async function createDatabase(url) {
  const parsed = parseDatasourceUrl(url);
  await withAdminClient(parsed, (c) => c.query(`CREATE DATABASE ${quoteIdent(parsed.database)}`));
  return parsed.database;
}

async function dropDatabaseWith(client, name) {
  const { rows } = await client.query("SELECT current_setting('server_version_num')::int AS v");
  const force = rows[0].v >= 130000 ? " WITH (FORCE)" : "";
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}${force}`);
}

export async function dropDatabase(url) {
  const parsed = parseDatasourceUrl(url);
  await withAdminClient(parsed, (c) => dropDatabaseWith(c, parsed.database));
}

function logInfo(message) {
  const line = { timestamp: new Date().toISOString(), level: "INFO", fields: { message }, target: "schema_engine::bridge" };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

// Shadow databases created by this process and not yet dropped (dropped on shutdown as well).
const liveShadowDbs = new Map();

export async function dropLeftoverShadowDbs() {
  await Promise.allSettled([...liveShadowDbs.values()].map((drop) => drop()));
}

/**
 * A PrismaPg factory for the schema engine: catalog-safe pools, `?schema=` support, and
 * connectToShadowDb() that creates a fresh uniquely named database and drops it on dispose
 * (or uses `shadowDatabaseUrl`, emptied first, when one is configured).
 */
export class BridgePgFactory extends PrismaPg {
  constructor({ url, shadowDatabaseUrl }) {
    const parsed = parseDatasourceUrl(url);
    super(new pg.Pool(poolConfig(parsed)), { schema: parsed.schema, disposeExternalPool: true });
    this.parsed = parsed;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
  }

  async connect() {
    return patchAdapter(await super.connect());
  }

  async connectToShadowDb() {
    try {
      return await this.#connectToShadowDb();
    } catch (error) {
      if (error instanceof DriverAdapterError) throw error;
      // A plain Error would reach the CLI as "External error id#0": keep its message instead.
      throw new DriverAdapterError({
        kind: "postgres",
        code: error?.code ?? "N/A",
        severity: error?.severity ?? "ERROR",
        message: `Could not create the shadow database: ${error?.message ?? error}`,
        detail: error?.detail,
        column: undefined,
        hint: error?.isPglite
          ? undefined
          : "`migrate dev` diffs against a temporary database made with CREATE DATABASE (the user needs CREATEDB); alternatively set datasource.shadowDatabaseUrl in prisma.config.ts.",
      });
    }
  }

  async #connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      const parsed = parseDatasourceUrl(this.shadowDatabaseUrl);
      await withClient(parsed, resetDatabase);
      const pool = new pg.Pool(poolConfig(parsed));
      return patchAdapter(await new PrismaPg(pool, { schema: parsed.schema, disposeExternalPool: true }).connect());
    }
    const name = `prisma_shadow_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
    // Create it from the main database, like the native engine does (needs CREATEDB).
    await withClient(this.parsed, async (c) => {
      // PGlite serves one database whatever name a client asks for: a "shadow" there is the main db.
      const { rows } = await c.query("SELECT version() AS v");
      if (/PGlite/i.test(rows[0]?.v ?? "")) {
        throw Object.assign(
          new Error(
            "PGlite serves a single database, so it cannot hold a shadow database: set datasource.shadowDatabaseUrl in prisma.config.ts to another, empty database (another PGlite will do), or run `migrate dev` against PostgreSQL.",
          ),
          { isPglite: true },
        );
      }
      await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
    });
    logInfo(`Created shadow database ${name}`);
    const parsed = withDatabase(this.parsed, name);
    let dropped;
    const drop = () =>
      (dropped ??= withClient(this.parsed, (c) => dropDatabaseWith(c, name))
        .then(() => logInfo(`Dropped shadow database ${name}`))
        .finally(() => liveShadowDbs.delete(name)));
    liveShadowDbs.set(name, drop);
    const adapter = patchAdapter(
      await new PrismaPg(new pg.Pool(poolConfig(parsed)), {
        schema: parsed.schema,
        disposeExternalPool: true,
      }).connect(),
    );
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      try {
        await dispose();
      } finally {
        await drop();
      }
    };
    return adapter;
  }
}

/**
 * Fixes for the adapters handed to the engine: "char" columns (above), and executeScript:
 * adapter-pg's executeScript splits the script on every ";" (breaking e.g. `DEFAULT 'a; b'` or
 * function bodies). Send the whole script as one simple-protocol query, as the native engine does.
 */
function patchAdapter(adapter) {
  withCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => withCharColumns(await startTransaction(...args));
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error); // rethrows as a DriverAdapterError
    }
  };
  return adapter;
}

/** Empties a database: drops every non-system schema and recreates `public`. */
async function resetDatabase(client) {
  const { rows } = await client.query(
    "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
  );
  for (const { nspname } of rows) await client.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
  await client.query("CREATE SCHEMA IF NOT EXISTS public");
}
