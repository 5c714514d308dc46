import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";
import { ClientOutsideRequests } from "@/lib/server/outside-requests";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`: data functions that must share a transaction take it. */
export type Tx = Prisma.TransactionClient;

/** A Prisma client over pg, for the app, scripts and tests alike. */
export function createDb(url: string, poolMax = env.DATABASE_POOL_MAX): Db {
  // Connections are opened outside any request's async context (see outside-requests.ts).
  const adapter = new PrismaPg({ connectionString: url, max: poolMax, Client: ClientOutsideRequests });
  return new PrismaClient({ adapter });
}

// One client per process, created on first use: `next build` imports this module without a
// database, and dev hot reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { duneDraftDb?: Db };

function getDb(): Db {
  globalForDb.duneDraftDb ??= createDb(requireDatabaseUrl());
  return globalForDb.duneDraftDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
