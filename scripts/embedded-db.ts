import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Where PGlite keeps its files; in memory when omitted. */
  dataDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
};

// PGlite is one single-user backend: the socket server multiplexes client connections onto it,
// one protocol message at a time, and parks other connections while one holds a transaction.
// A few connections still help because the app runs in another process and overlaps its own work
// with the database's. Measured with `next start` on 2 cores (home and event pages, 300 requests):
// pool 1: 25 req/s, 2: 25-29, 4: 31-34, 10: 26-33 with a worse p95 under 16 concurrent requests.
/** The app's pool size against the embedded server (DATABASE_POOL_MAX). */
export const EMBEDDED_POOL_MAX = 4;
// Room for the app's pool, a migrate run and a script or two connected at the same time.
const MAX_CONNECTIONS = 16;

/** A real PostgreSQL (PGlite, in WebAssembly) served over TCP on 127.0.0.1 for pg and Prisma. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });

  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: MAX_CONNECTIONS,
  });
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    throw error;
  }

  // PGlite's single database answers to any name; "postgres" keeps the URL conventional.
  const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  let stopping: Promise<void> | undefined;
  return {
    url,
    stop() {
      // Closing the server first detaches clients (rolling back an open transaction); closing
      // PGlite then checkpoints and flushes to dataDir so the data survives a restart.
      stopping ??= server.stop().finally(() => (pglite.closed ? undefined : pglite.close()));
      return stopping;
    },
  };
}
