import "server-only";
import type { Db } from "@/lib/server/db";

/** The database clock: the one clock that decides locks, so pages show what the server will enforce. */
export async function getDatabaseNow(db: Db): Promise<Date> {
  const [row] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  if (!row) throw new Error("the database returned no time");
  return row.now;
}
