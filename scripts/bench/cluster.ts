import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * The PostgreSQL settings the bench runs with, and the ones docs/operations.md recommends for a
 * production server of this size (2 cores, 24 GB, a million players): the working set of a
 * whole-event rescore (every locked roster, stage score and standing of the event, with their
 * indexes) stays in shared buffers, checkpoints do not interrupt a rescore's writes, and the rescore's
 * temporary tables (a row per player) stay in memory.
 */
export const BENCH_POSTGRES_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: "6GB",
  effective_cache_size: "16GB",
  work_mem: "32MB",
  maintenance_work_mem: "1GB",
  temp_buffers: "256MB",
  max_wal_size: "24GB",
  min_wal_size: "2GB",
  checkpoint_timeout: "30min",
  checkpoint_completion_target: "0.9",
  wal_buffers: "64MB",
  random_page_cost: "1.1",
  effective_io_concurrency: "200",
  max_connections: "200",
  jit: "off",
  autovacuum_vacuum_cost_limit: "2000",
  log_min_duration_statement: "2s",
};

export type BenchCluster = {
  url: string;
  port: number;
  dataDir: string;
  settings: Readonly<Record<string, string>>;
  stop(): Promise<void>;
};

/** The newest PostgreSQL server binaries of the machine (Debian keeps them off the PATH). */
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(root, name, "bin/initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres account. */
export function runAsOwner(bin: string, args: string[], isRoot: boolean): void {
  const [command, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  execFileSync(command, argv, { stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * A PostgreSQL cluster of the bench's own, on a free port, with BENCH_POSTGRES_SETTINGS: created in
 * a temporary directory, started, and removed by `stop()` (unless kept), so a bench run neither
 * depends on nor disturbs a shared server's settings and load.
 */
export async function startBenchCluster(bin: string, keep: boolean): Promise<BenchCluster> {
  const isRoot = process.getuid?.() === 0;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "dune-bench-pg-"));
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dataDir, uid, gid);
  }
  const port = await freePort();
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    runAsOwner(
      path.join(bin, "initdb"),
      ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
      isRoot,
    );
    const settings = {
      ...BENCH_POSTGRES_SETTINGS,
      port: String(port),
      listen_addresses: "'127.0.0.1'",
      unix_socket_directories: `'${dataDir}'`,
    };
    writeFileSync(
      path.join(dataDir, "postgresql.auto.conf"),
      Object.entries(settings)
        .map(([name, value]) => `${name} = ${/^'|^\d+(\.\d+)?$/.test(value) ? value : `'${value}'`}\n`)
        .join(""),
    );
    runAsOwner(path.join(bin, "pg_ctl"), ["start", "-w", "-t", "120", "-D", dataDir, "-l", path.join(dataDir, "server.log")], isRoot);
  } catch (error) {
    remove();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    settings: BENCH_POSTGRES_SETTINGS,
    stop() {
      stopping ??= (async () => {
        if (keep) return;
        try {
          runAsOwner(path.join(bin, "pg_ctl"), ["stop", "-w", "-m", "fast", "-D", dataDir], isRoot);
        } finally {
          remove();
        }
      })();
      return stopping;
    },
  };
}
