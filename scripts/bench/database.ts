import pg from "pg";
import { createDb, type Db } from "@/lib/server/db";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { migrateDatabase } from "../start/migrate";
import { createScratchDatabase, type ScratchDatabase } from "../start/scratch-database";

export const BENCH_DATABASE_PREFIX = "dune_bench";

export type BenchDatabase = ScratchDatabase & {
  /** Prisma over the bench database: the app's own code paths run on it. */
  db: Db;
  /** A plain connection for bulk inserts and the bench's own bookkeeping. */
  client: pg.Client;
  close(): Promise<void>;
};

/**
 * A new database on the local server of `serverUrl` (named dune_bench_<time>_<pid>_<random>, so it
 * never touches another), migrated and seeded with the two events exactly as `npm start` does.
 */
export async function openBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const scratch = await createScratchDatabase(serverUrl, BENCH_DATABASE_PREFIX);
  try {
    await migrateDatabase(scratch.url);
    const db = createDb(scratch.url);
    await seedDatabase(db);
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    return {
      ...scratch,
      db,
      client,
      async close() {
        await Promise.allSettled([db.$disconnect(), client.end()]);
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

/** The bench database's size on disk (tables, indexes, TOAST), in bytes. */
export async function readDatabaseBytes(client: pg.Client): Promise<number> {
  const {
    rows: [row],
  } = await client.query<{ bytes: string }>("SELECT pg_database_size(current_database())::text AS bytes");
  return Number(row!.bytes);
}
