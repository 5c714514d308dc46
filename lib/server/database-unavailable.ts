import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (starting up|shutting down|in recovery mode)|is not currently accepting connections|Can't reach database server/i;

/**
 * The database is down, restarting or out of connections: the request could not run, and since
 * every write is one transaction, nothing of it was stored. Worth a clear "try again", not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (UNAVAILABLE_PRISMA_CODES.has(error.code)) return true;
    const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string; originalCode?: string } } | undefined)?.cause;
    // SQLSTATE class 08 (connection exception) and 57P (the server shutting down or starting up).
    if (cause?.kind && UNAVAILABLE_KINDS.has(cause.kind)) return true;
    if (cause?.originalCode && /^(08|57P)/.test(cause.originalCode)) return true;
  }
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (UNAVAILABLE_MESSAGE.test(current.message)) return true;
  }
  return false;
}
