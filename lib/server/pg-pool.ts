import "server-only";
import { Pool } from "pg";
import { requireDatabaseUrl } from "@/lib/env";

// A tiny pg pool for libraries that speak pg directly (the rate limiter); Prisma keeps its own.
const globalForPool = globalThis as unknown as { duneDraftPgPool?: Pool };

export function getPgPool(): Pool {
  globalForPool.duneDraftPgPool ??= new Pool({ connectionString: requireDatabaseUrl(), max: 2 });
  return globalForPool.duneDraftPgPool;
}
