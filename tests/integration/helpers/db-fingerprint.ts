import type { Db } from "@/lib/server/db";

// rate_limit legitimately counts refused sign-ins; _prisma_migrations is not the app's data.
const NOT_APP_DATA = ["_prisma_migrations", "rate_limit"];

let query: string | undefined;

/**
 * Every table of the app's data with its row count and a hash of all its rows: equal fingerprints
 * mean nothing was inserted, updated or deleted anywhere in between.
 */
export async function fingerprintDatabase(db: Db): Promise<Record<string, string>> {
  if (!query) {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> ALL(${NOT_APP_DATA})
      ORDER BY table_name`;
    query = tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*) || ' rows ' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS print FROM "${name}" t`,
      )
      .join(" UNION ALL ");
  }
  const rows = await db.$queryRawUnsafe<{ name: string; print: string }[]>(query);
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

/** The tables whose fingerprint differs, for a readable failure. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
