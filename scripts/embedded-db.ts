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

// PGlite is one single-user backend: the socket server multiplexes client connections onto it one
// protocol message at a time, keeping to one client only while it holds an explicit transaction.
// Two clients sending extended-protocol queries (Parse, Bind, Execute, Sync) at once interleave and
// fail ("bind message supplies 6 parameters, but prepared statement requires 3"), so the app uses
// ONE connection here (measured: 25 req/s against 31-34 with 4, which is not worth wrong answers).
export const EMBEDDED_POOL_MAX = 1;
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
