import pg from "pg";
import { withClient } from "./pg-client";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True for a server on this machine: loopback TCP or a unix socket (`?host=/run/postgresql`). */
export function isLocalDatabaseUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const socketHost = parsed.searchParams.get("host");
  if (socketHost !== null) return socketHost.startsWith("/") || LOCAL_HOSTS.has(socketHost);
  return parsed.hostname === "" || LOCAL_HOSTS.has(parsed.hostname) || /^127\.\d+\.\d+\.\d+$/.test(parsed.hostname);
}

/** Throws unless `url` names a local server: tests create and drop databases on it. */
export function assertLocalDatabaseUrl(url: string, purpose: string): void {
  if (!isLocalDatabaseUrl(url)) {
    const host = URL.canParse(url) ? new URL(url).host : "an unparsable URL";
    throw new Error(
      `Refusing to ${purpose} on ${host}: DATABASE_URL must point at a local server ` +
        "(127.0.0.1, localhost, ::1 or a unix socket). Unset it to use an embedded database.",
    );
  }
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export type ScratchDatabase = { url: string; name: string; drop(): Promise<void> };

// Scratch databases are named <prefix>_<unix seconds>_<pid>_<random>, so leftovers of runs that
// were killed can be recognised by their age.
const STALE_AFTER_SECONDS = 6 * 60 * 60;

/**
 * Creates a uniquely named, empty database on the (local) server of `serverUrl` and returns its
 * URL. `drop()` removes it, disconnecting whoever is still connected.
 */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  assertLocalDatabaseUrl(serverUrl, "create a scratch database");
  const now = Math.floor(Date.now() / 1000);
  const name = `${prefix}_${now}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withClient(serverUrl, async (client) => {
    await dropStaleDatabases(client, prefix, now);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  let dropping: Promise<void> | undefined;
  return {
    name,
    url: withDatabaseName(serverUrl, name),
    drop() {
      dropping ??= withClient(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
      return dropping;
    },
  };
}

async function dropStaleDatabases(client: pg.Client, prefix: string, now: number): Promise<void> {
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}\\_%`]);
  for (const { datname } of rows) {
    const createdAt = Number(datname.slice(prefix.length + 1).split("_")[0]);
    if (!Number.isInteger(createdAt) || now - createdAt < STALE_AFTER_SECONDS) continue;
    // No FORCE: a database still in use (a long-lived server) fails to drop and is left alone.
    await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
  }
}

