import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Topology } from "./topology";

/** The reminder scan runs every minute; its emails follow within seconds. */
const TIMEOUT_MS = 150_000;
/** After the last expected email, how long a duplicate would still have to show up. */
const SETTLE_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Lock reminders, exactly once, with both instances' schedulers and workers running through
 * PgBouncer: an upcoming event whose first stage starts in two hours (inside the default three-hour
 * lead time), `players` members of one of its leagues with confirmed addresses and no roster, so
 * each misses one. Each address must receive one reminder email, not two.
 */
export async function checkRemindersOnce(topology: Topology, players: number) {
  const suffix = randomBytes(4).toString("hex");
  const addresses = Array.from({ length: players }, (_, i) => `cluster-reminder-${suffix}-${i}@example.test`);
  const client = new pg.Client({ connectionString: topology.primary.url("dune") });
  await client.connect();
  try {
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number | string }>(sql, values)).rows[0]!.id;
    const seasonId = await one("INSERT INTO season (slug, name, year, updated_at) VALUES ($1, $1, 2027, now()) RETURNING id", [
      `cluster-${suffix}`,
    ]);
    const eventId = await one(
      `INSERT INTO event (season_id, slug, name, time_zone, start_date, end_date, status, updated_at)
       VALUES ($1, $2, $2, 'Asia/Riyadh', current_date, current_date + 14, 'UPCOMING', now()) RETURNING id`,
      [seasonId, `cluster-${suffix}`],
    );
    await client.query(
      `INSERT INTO stage (event_id, number, type, start_town, finish_town, starts_at, updated_at) VALUES
       ($1, 0, 'PROLOGUE', 'Yanbu', 'Yanbu', now() + interval '2 hours', now()),
       ($1, 1, 'STAGE', 'Yanbu', 'AlUla', now() + interval '1 day', now())`,
      [eventId],
    );
    const userIds: string[] = [];
    for (const [i, email] of addresses.entries()) {
      userIds.push(
        String(
          await one(
            `INSERT INTO "user" (name, display_name, email, email_verified, updated_at) VALUES ($1, $1, $2, now(), now()) RETURNING id`,
            [`Reminder ${suffix} ${i}`, email],
          ),
        ),
      );
    }
    const leagueId = await one(
      "INSERT INTO league (event_id, owner_id, name, invite_code, updated_at) VALUES ($1, $2, $3, $3, now()) RETURNING id",
      [eventId, userIds[0], `cluster-${suffix}`],
    );
    for (const userId of userIds) await client.query("INSERT INTO league_member (league_id, user_id) VALUES ($1, $2)", [leagueId, userId]);
  } finally {
    await client.end();
  }

  const countEmails = () => {
    const counts = new Map<string, number>(addresses.map((address) => [address, 0]));
    if (!existsSync(topology.mailDir)) return counts;
    for (const name of readdirSync(topology.mailDir).filter((file) => file.endsWith(".eml"))) {
      const text = readFileSync(path.join(topology.mailDir, name), "utf8");
      const to = /^To: (.*)$/m.exec(text)?.[1] ?? "";
      for (const address of addresses) if (to.includes(address)) counts.set(address, counts.get(address)! + 1);
    }
    return counts;
  };
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline && [...countEmails().values()].some((count) => count === 0)) await sleep(2_000);
  await sleep(SETTLE_MS);
  const counts = [...countEmails().values()];
  return {
    players,
    emails: counts.reduce((sum, count) => sum + count, 0),
    duplicated: counts.filter((count) => count > 1).length,
    missing: counts.filter((count) => count === 0).length,
  };
}
