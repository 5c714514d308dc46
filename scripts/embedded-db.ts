import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from "@electric-sql/pglite-socket";
import { authenticateClient } from "./embedded-db-auth";
import { restrictTree } from "./start/data-dir";
import { NotificationRouter } from "./embedded-notifications";

export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Where PGlite keeps its files; in memory when omitted. */
  dataDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The password clients must give (it is in the returned url); a random one when omitted. */
  password?: string;
};

// PGlite is one single-user backend shared by every client connection. pglite-socket's own server
// multiplexes them one protocol message at a time and keeps to one client only inside an explicit
// transaction, so another client's BEGIN can land between a Parse and its Bind ("unnamed prepared
// statement does not exist", "bind message supplies 6 parameters..."): a pool of 4 with some
// transactions broke a third of 600 queries. SessionQueue below hands the backend to one client
// from its first message until the backend is idle again (ReadyForQuery 'I'), which made the same
// load clean. The app still uses one connection: more bought nothing measurable through the
// session queue (home and event pages, 8 concurrent requests: 18 req/s with 1, 17-18 with 4).
/** The app's pool size against the embedded server (DATABASE_POOL_MAX). */
export const EMBEDDED_POOL_MAX = 1;
// Room for the app's pool, a migrate run and a script or two connected at the same time.
const MAX_CONNECTIONS = 16;

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

const READY_FOR_QUERY = 0x5a; // 'Z', then int32 length 5, then the status byte
const IDLE = 0x49; // 'I': not in a transaction block
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]); // 'S' with no body
const ROLLBACK = simpleQuery("ROLLBACK");

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0, "latin1");
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}

/** Runs clients' protocol messages so that one client's query or transaction is never split. */
class SessionQueue {
  private readonly queue: QueuedMessage[] = [];
  private owner: number | null = null;
  private isDraining = false;
  private readonly notifications = new NotificationRouter();

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    this.notifications.observeClientMessage(handlerId, message, onData);
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  clearQueueForHandler(handlerId: number): void {
    this.notifications.forget(handlerId);
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const item = this.queue[i]!;
      if (item.handlerId !== handlerId) continue;
      this.queue.splice(i, 1);
      item.reject(new Error("client disconnected"));
    }
  }

  /**
   * Called when a client goes away. If it held the backend, its unfinished batch is closed with a
   * Sync and its transaction rolled back, through the queue so that nobody else runs in between.
   */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    await this.enqueue(handlerId, SYNC, () => undefined).catch(() => undefined);
    if (this.owner !== handlerId) return;
    await this.enqueue(handlerId, ROLLBACK, () => undefined).catch(() => undefined);
    if (this.owner === handlerId) this.owner = null; // never leave the backend to a client that is gone
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.isDraining) return;
    this.isDraining = true;
    try {
      for (;;) {
        // While a client holds the backend, only its own next message may run.
        const index = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
        const item = index < 0 ? undefined : this.queue.splice(index, 1)[0];
        if (!item) break;
        await this.run(item);
      }
    } finally {
      this.isDraining = false;
    }
  }

  private async run(item: QueuedMessage): Promise<void> {
    this.owner = item.handlerId;
    let bytes = 0;
    let tail: Uint8Array = new Uint8Array(0);
    const output = this.notifications.createStreamFilter(item.onData);
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (chunk) => {
            bytes += chunk.length;
            tail = concatTail(tail, chunk);
            output.push(chunk);
          },
        }),
      );
      item.resolve(bytes);
    } catch (error) {
      item.reject(error);
    }
    this.notifications.deliver(output.notifications);
    const isIdle = tail.length === 6 && tail[0] === READY_FOR_QUERY && tail[4] === 5 && tail[5] === IDLE;
    if (isIdle) this.owner = null;
  }
}

function concatTail(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  const joined = new Uint8Array(tail.length + chunk.length);
  joined.set(tail);
  joined.set(chunk, tail.length);
  return joined.slice(-6);
}

/** A real PostgreSQL (PGlite, in WebAssembly) served over TCP on 127.0.0.1 for pg and Prisma. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  if (dataDir) restrictTree(dataDir);
  const password = options.password ?? randomBytes(24).toString("base64url");

  // pglite-socket's handler speaks the wire protocol; the queue decides who runs when.
  const queue = new SessionQueue(pglite) as unknown as PGLiteSocketHandlerOptions["queryQueue"];
  const handlers = new Set<PGLiteSocketHandler>();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    if (handlers.size >= MAX_CONNECTIONS) {
      socket.destroy();
      return;
    }
    void authenticateClient(socket, password).then(async (startup) => {
      if (!startup) return;
      const handler = new PGLiteSocketHandler({ queryQueue: queue, closeOnDetach: true });
      handlers.add(handler);
      const forget = () => handlers.delete(handler);
      handler.addEventListener("close", forget);
      handler.addEventListener("error", forget);
      try {
        await handler.attach(socket);
        // The held-back startup message, as if it had just arrived: PGlite answers AuthenticationOk.
        socket.emit("data", startup);
      } catch {
        socket.destroy();
      }
    });
  });

  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 0, "127.0.0.1", () => {
        const address = server.address();
        resolve(typeof address === "object" && address ? address.port : 0);
      });
    });
  } catch (error) {
    await pglite.close();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  async function stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Detaching rolls back a client's open transaction; closing PGlite then checkpoints and
    // flushes to dataDir so the data survives a restart.
    await Promise.all([...handlers].map((handler) => handler.detach(true)));
    for (const socket of sockets) socket.destroy();
    await closed;
    if (!pglite.closed) await pglite.close();
    if (dataDir) restrictTree(dataDir);
  }

  // PGlite's single database answers to any name; "postgres" keeps the URL conventional.
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => (stopping ??= stop()),
  };
}
