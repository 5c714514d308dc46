import "server-only";
import type { Db, Tx } from "@/lib/server/db";

/**
 * The database clock: the one clock that decides locks, so pages show what the server will enforce.
 * Inside a transaction it is the transaction's start (now()), the time its checks are made at.
 */
export async function getDatabaseNow(db: Db | Tx): Promise<Date> {
  const [row] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  if (!row) throw new Error("the database returned no time");
  return row.now;
}

/**
 * The database clock at this statement: inside a transaction `now()` is the transaction's start,
 * which a wait for a lock leaves behind; a decision about locks made late in a transaction
 * (a start moved or locked) must read the time at the write.
 */
export async function getDatabaseClockNow(db: Pick<Db, "$queryRaw">): Promise<Date> {
  const [row] = await db.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  if (!row) throw new Error("the database returned no time");
  return row.now;
}
