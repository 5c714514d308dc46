import "server-only";
import pg from "pg";
import { env, requireDirectDatabaseUrl } from "@/lib/env";
import { parseLsn } from "@/lib/server/wal-position";
import { STANDINGS_CHANNEL } from "./notify-standings";
import { ClientOutsideRequests } from "@/lib/server/outside-requests";

/** An event's standings changed; "any" once a lost connection is back, when changes may have been missed. */
export type StandingsChange = { eventId: number } | { eventId: "any" };
type Subscriber = (change: StandingsChange) => void;

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 15_000;

/**
 * One dedicated connection per app process LISTENing on the standings channel. Every instance of
 * the app hears every publish through PostgreSQL, whichever instance (or script) made it, so
 * caches and open boards never depend on one process's memory. It reconnects on its own.
 */
export class StandingsListener {
  private client: pg.Client | null = null;
  private readonly subscribers = new Set<Subscriber>();
  private retryMs = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private isStopped = false;
  private hasBeenConnected = false;
  /** True while notifications can arrive; when false, nothing may be served from a cache. */
  isListening = false;
  /**
   * With a replica to read from: the primary's WAL position when this listener connected or last
   * heard a change, so at or past every announced change. Null while unknown.
   */
  primaryWalLsn: bigint | null = null;
  /** Notifications are handled one after another, each after its WAL position is known. */
  private handling: Promise<void> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly tracksWalPosition = false,
  ) {}

  start(): void {
    if (this.client || this.retryTimer || this.isStopped) return;
    void this.connect();
  }

  subscribe(subscriber: Subscriber): () => void {
    this.start();
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.isListening = false;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    // Opened outside any request's async context: this connection lives as long as the process.
    const client = new ClientOutsideRequests({ connectionString: this.url, application_name: "dune-draft-standings-listener" });
    this.client = client;
    client.on("notification", (message) => {
      const eventId = Number(message.payload);
      if (Number.isInteger(eventId)) this.afterWalPosition(client, { eventId });
    });
    client.on("error", () => this.lose(client));
    client.on("end", () => this.lose(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${STANDINGS_CHANNEL}`);
      if (this.tracksWalPosition) await this.readWalPosition(client);
    } catch {
      this.lose(client);
      return;
    }
    if (this.client !== client) return;
    this.isListening = true;
    this.retryMs = RETRY_MIN_MS;
    // Whatever happened while we were not listening is unknown: everyone refreshes once.
    if (this.hasBeenConnected) this.publish({ eventId: "any" });
    this.hasBeenConnected = true;
  }

  /**
   * Publishes a change once the primary's WAL position is read: PostgreSQL delivers a notification
   * after its transaction commits, so that position is past the change, and a replica that has
   * replayed up to it shows the change (lib/server/db-read.ts). Boards refresh only after that.
   */
  private afterWalPosition(client: pg.Client, change: StandingsChange): void {
    this.handling = this.handling.then(async () => {
      if (this.tracksWalPosition) await this.readWalPosition(client).catch(() => (this.primaryWalLsn = null));
      this.publish(change);
    });
  }

  private async readWalPosition(client: pg.Client): Promise<void> {
    const { rows } = await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
    this.primaryWalLsn = parseLsn(rows[0]!.lsn);
  }

  private lose(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.isListening = false;
    this.primaryWalLsn = null;
    void client.end().catch(() => undefined);
    // No signal now: while the database is away a refresh could only fail. Caches are bypassed
    // meanwhile, and everyone refreshes once the connection is back (see connect).
    if (this.isStopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private publish(change: StandingsChange): void {
    for (const subscriber of this.subscribers) {
      try {
        subscriber(change);
      } catch (error) {
        console.error("standings subscriber failed", error);
      }
    }
  }
}

const globalForListener = globalThis as unknown as { duneDraftStandingsListener?: StandingsListener };

/** The process's listener, connected on first use. */
export function getStandingsListener(): StandingsListener {
  // LISTEN needs a session: straight to the primary, past any transaction pooler.
  globalForListener.duneDraftStandingsListener ??= new StandingsListener(requireDirectDatabaseUrl(), Boolean(env.DATABASE_REPLICA_URL));
  const listener = globalForListener.duneDraftStandingsListener;
  listener.start();
  return listener;
}
