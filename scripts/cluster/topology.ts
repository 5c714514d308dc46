import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findPostgresBin, freePort } from "../bench/cluster";
import { buildIfNeeded } from "../start/build";
import { generateVapidKeys } from "../start/vapid-keys";
import { appInstance, type AppInstance } from "./apps";
import { startPrimary, startReplica, type PostgresServer } from "./postgres";
import { startHaproxy, startPgBouncer, type Daemon } from "./proxies";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Topology = {
  dir: string;
  url: string;
  /** Where the instances write their emails (.eml files): there is no mail server here. */
  mailDir: string;
  primary: PostgresServer;
  replica: PostgresServer;
  pgbouncer: Daemon;
  haproxy: Daemon;
  apps: AppInstance[];
  stop(): Promise<void>;
};

export type TopologyOptions = {
  instances: number;
  /** recovery_min_apply_delay of the replica (see startReplica). */
  replicaApplyDelayMs: number;
  /** Extra environment of every app instance (the end-to-end suite's settings). */
  appEnv: Record<string, string>;
  /** Default: a directory inside the topology's. */
  mailDir?: string;
  log: (line: string) => void;
};

/**
 * The deployment that outgrows one box, on this machine: a PostgreSQL primary and a streaming
 * replica, PgBouncer in transaction pooling in front of the primary, `instances` app instances
 * (each as `npm start` runs it, with its notification workers) and HAProxy in front of them.
 * Everything lives in one temporary directory, removed by stop().
 */
export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("no PostgreSQL server binaries under /usr/lib/postgresql: apt-get install postgresql");
  const dir = mkdtempSync(path.join(os.tmpdir(), "dune-cluster-"));
  // The postgres account (servers, PgBouncer) must reach its own directories inside.
  chmodSync(dir, 0o711);
  const started: { stop(): unknown }[] = [];
  const stop = async () => {
    for (const part of started.reverse()) {
      try {
        await part.stop();
      } catch (error) {
        options.log(`stopping: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [primaryPort, replicaPort, bouncerPort, haproxyPort, ...appPorts] = await Promise.all(
      Array.from({ length: 4 + options.instances }, () => freePort()),
    );
    const primary = await startPrimary(bin, dir, primaryPort!);
    started.push(primary);
    options.log(`primary on ${primary.port}`);
    const replica = startReplica(bin, dir, primary, replicaPort!, options.replicaApplyDelayMs);
    started.push(replica);
    options.log(`replica on ${replica.port} (apply delay ${options.replicaApplyDelayMs} ms)`);
    const pgbouncer = await startPgBouncer(dir, bouncerPort!, primary.port);
    started.push(pgbouncer);
    options.log(`pgbouncer on ${pgbouncer.port} (transaction pooling)`);

    await buildIfNeeded(ROOT, options.log);
    const url = `http://127.0.0.1:${haproxyPort}`;
    const mailDir = options.mailDir ?? path.join(dir, "mail");
    const vapid = generateVapidKeys();
    const env = {
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${pgbouncer.port}/dune`,
      DATABASE_DIRECT_URL: primary.url("dune"),
      DATABASE_REPLICA_URL: replica.url("dune"),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      APP_URL: url,
      // HAProxy appends the client's address to X-Forwarded-For.
      TRUSTED_PROXY_HOPS: "1",
      MAIL_DIR: mailDir,
      ...options.appEnv,
    };
    const apps = appPorts.map((port, i) => appInstance(dir, `app${i + 1}`, port!, env));
    // One after the other: the first migrates and seeds the empty database.
    for (const app of apps) {
      started.push(app);
      await app.start();
      options.log(`${app.name} on ${app.port}`);
    }
    const haproxy = await startHaproxy(dir, haproxyPort!, appPorts as number[]);
    started.push(haproxy);
    options.log(`haproxy on ${haproxy.port}: ${url}`);
    return { dir, url, mailDir, primary, replica, pgbouncer, haproxy, apps, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
