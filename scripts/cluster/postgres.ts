import { execFileSync } from "node:child_process";
import { appendFileSync, chownSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { runAsOwner } from "../bench/cluster";

/** A PostgreSQL server of the topology, on its own port and data directory. */
export type PostgresServer = {
  name: string;
  port: number;
  dataDir: string;
  url(database: string): string;
  start(): void;
  stop(): void;
};

const isRoot = () => process.getuid?.() === 0;

/** Directories PostgreSQL and PgBouncer write to belong to the postgres account when we run as root. */
export function makeOwnedDir(dir: string): void {
  // 0700: PostgreSQL refuses a data directory others can read.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!isRoot()) return;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  chownSync(dir, uid, gid);
}

function writeSettings(dataDir: string, settings: Record<string, string>): void {
  // postgresql.auto.conf is read last, and a later line wins: the replica's port overrides the primary's copied one.
  appendFileSync(
    path.join(dataDir, "postgresql.auto.conf"),
    Object.entries(settings)
      .map(([name, value]) => `${name} = '${value}'\n`)
      .join(""),
  );
}

function server(bin: string, name: string, dataDir: string, port: number): PostgresServer {
  const pgCtl = path.join(bin, "pg_ctl");
  return {
    name,
    port,
    dataDir,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: () => runAsOwner(pgCtl, ["start", "-w", "-t", "120", "-D", dataDir, "-l", path.join(dataDir, "server.log")], isRoot()),
    stop: () => runAsOwner(pgCtl, ["stop", "-w", "-m", "fast", "-D", dataDir], isRoot()),
  };
}

/** Settings of both servers: small, since the topology's point is its shape, not this machine's size. */
const COMMON_SETTINGS = { listen_addresses: "127.0.0.1", max_connections: "200", shared_buffers: "256MB", jit: "off" };

/** The primary: WAL for a streaming replica, and the `dune` database the apps use. */
export async function startPrimary(bin: string, root: string, port: number): Promise<PostgresServer> {
  const dataDir = path.join(root, "primary");
  makeOwnedDir(dataDir);
  runAsOwner(
    path.join(bin, "initdb"),
    ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
    isRoot(),
  );
  writeSettings(dataDir, {
    ...COMMON_SETTINGS,
    port: String(port),
    unix_socket_directories: dataDir,
    wal_level: "replica",
    max_wal_senders: "5",
    wal_keep_size: "512MB",
  });
  const primary = server(bin, "primary", dataDir, port);
  primary.start();
  const client = new pg.Client({ connectionString: primary.url("postgres") });
  await client.connect();
  await client.query("CREATE DATABASE dune");
  await client.end();
  return primary;
}

/**
 * A hot standby copied from the primary with pg_basebackup and streaming from it. `applyDelayMs`
 * holds each commit back that long (recovery_min_apply_delay): the checks use it to make the
 * replica visibly behind, so a board that read it too early would show old standings.
 */
export function startReplica(bin: string, root: string, primary: PostgresServer, port: number, applyDelayMs: number): PostgresServer {
  const dataDir = path.join(root, "replica");
  makeOwnedDir(dataDir);
  runAsOwner(
    path.join(bin, "pg_basebackup"),
    // A fast checkpoint: the default spread one made the copy wait a minute and a half.
    ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", dataDir, "-R", "-X", "stream", "-c", "fast", "--no-sync"],
    isRoot(),
  );
  writeSettings(dataDir, {
    ...COMMON_SETTINGS,
    port: String(port),
    unix_socket_directories: dataDir,
    hot_standby: "on",
    // Long board queries are not cancelled by the replay of vacuum on the primary.
    hot_standby_feedback: "on",
    recovery_min_apply_delay: `${applyDelayMs}ms`,
  });
  writeFileSync(path.join(dataDir, "standby.signal"), "");
  const replica = server(bin, "replica", dataDir, port);
  replica.start();
  return replica;
}
