import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { makeOwnedDir } from "./postgres";

/** A long-running program of the topology (PgBouncer, HAProxy), stopped with SIGTERM. */
export type Daemon = { name: string; port: number; child: ChildProcess; stop(): Promise<void> };

function startDaemon(name: string, port: number, command: string, args: string[], logFile: string): Daemon {
  const child = spawn("sh", ["-c", `exec "$0" "$@" >>"${logFile}" 2>&1`, command, ...args], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    port,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Resolves once something accepts TCP connections on the port. */
export async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
}

/**
 * PgBouncer in transaction pooling in front of the primary: the apps' Prisma pools go through it.
 * Under transaction pooling a session is not kept between transactions, which the app respects:
 * its advisory locks are transaction-level (or taken and released in one statement), node-postgres
 * and Prisma's adapter send unnamed prepared statements only, and LISTEN, migrations and the job
 * queue connect to the primary directly (DATABASE_DIRECT_URL).
 */
export async function startPgBouncer(root: string, port: number, primaryPort: number): Promise<Daemon> {
  const dir = path.join(root, "pgbouncer");
  makeOwnedDir(dir);
  const ini = path.join(dir, "pgbouncer.ini");
  writeFileSync(path.join(dir, "userlist.txt"), '"postgres" ""\n');
  writeFileSync(
    ini,
    [
      "[databases]",
      `dune = host=127.0.0.1 port=${primaryPort} dbname=dune`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      "auth_type = trust",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "pool_mode = transaction",
      "max_client_conn = 1000",
      // Two app instances of 10 connections each share 20 server connections.
      "default_pool_size = 20",
      "ignore_startup_parameters = extra_float_digits,options",
      "",
    ].join("\n"),
  );
  const isRoot = process.getuid?.() === 0;
  // PgBouncer refuses to run as root.
  const daemon = isRoot
    ? startDaemon("pgbouncer", port, "runuser", ["-u", "postgres", "--", "pgbouncer", ini], path.join(dir, "pgbouncer.log"))
    : startDaemon("pgbouncer", port, "pgbouncer", [ini], path.join(dir, "pgbouncer.log"));
  await waitForPort(port);
  return daemon;
}

/**
 * HAProxy in front of the app instances: round robin, a health check every second (two failures
 * take an instance out, two successes bring it back; a check may take 5 s, since a busy instance is still serving), a request that could not reach an instance
 * retried on the other, and SSE streams (the live boards) kept open.
 */
export async function startHaproxy(root: string, port: number, appPorts: readonly number[]): Promise<Daemon> {
  const dir = path.join(root, "haproxy");
  makeOwnedDir(dir);
  const cfg = path.join(dir, "haproxy.cfg");
  writeFileSync(
    cfg,
    [
      "global",
      "  maxconn 4000",
      `  stats socket ${path.join(dir, "admin.sock")} mode 600 level admin`,
      "defaults",
      "  mode http",
      "  timeout connect 2s",
      "  timeout client 60s",
      "  timeout server 60s",
      "  timeout tunnel 1h",
      "  option forwardfor",
      "  option redispatch",
      "  retries 2",
      "  retry-on conn-failure",
      "frontend web",
      `  bind 127.0.0.1:${port}`,
      "  default_backend app",
      "backend app",
      "  balance roundrobin",
      // The sign-in page reads no database: the check says the instance serves, not that PostgreSQL does.
      "  option httpchk GET /sign-in",
      "  http-check expect status 200",
      // An instance busy under load still answers its check within 5 s; a dead one refuses at once.
      "  timeout check 5s",
      "  default-server inter 2s fall 2 rise 2",
      ...appPorts.map((appPort, i) => `  server app${i + 1} 127.0.0.1:${appPort} check`),
      "",
    ].join("\n"),
  );
  const daemon = startDaemon("haproxy", port, "haproxy", ["-db", "-f", cfg], path.join(dir, "haproxy.log"));
  await waitForPort(port);
  return daemon;
}
