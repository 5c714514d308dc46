import "server-only";
import type { Tx } from "@/lib/server/db";

/** The PostgreSQL channel every app instance LISTENs on for "this event's standings changed". */
export const STANDINGS_CHANNEL = "standings_changed";

/**
 * Queues a notification that an event's results or standings changed. PostgreSQL delivers it to
 * every listening connection (every app instance) only when the surrounding transaction commits,
 * so a rolled-back publish never signals and a committed one always does.
 */
export async function notifyStandingsChanged(tx: Tx, eventId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${STANDINGS_CHANNEL}, ${String(eventId)})`;
}
