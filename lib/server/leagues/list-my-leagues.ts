import "server-only";
import type { Db } from "@/lib/server/db";

export type MyLeague = {
  id: number;
  name: string;
  isOwner: boolean;
  memberCount: number;
  /** The player's rank among the league's members, from the stored standings; null until they are scored. */
  myRank: number | null;
  event: { id: number; name: string; slug: string; status: string };
};

type Row = {
  id: number;
  name: string;
  isOwner: boolean;
  memberCount: number;
  myRank: number | null;
  eventId: number;
  eventName: string;
  eventSlug: string;
  eventStatus: string;
};

/** The viewer's leagues, newest events first. League rank = 1 + members with a better stored rank. */
export async function listMyLeagues(db: Db, userId: string): Promise<MyLeague[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT l.id, l.name, l.owner_id = m.user_id AS "isOwner",
           (SELECT count(*)::int FROM league_member c WHERE c.league_id = l.id) AS "memberCount",
           CASE WHEN mine.rank IS NULL THEN NULL ELSE 1 + (
             SELECT count(*)::int FROM league_member o
             JOIN standing s ON s.event_id = l.event_id AND s.user_id = o.user_id
             WHERE o.league_id = l.id AND s.rank < mine.rank) END AS "myRank",
           e.id AS "eventId", e.name AS "eventName", e.slug AS "eventSlug", e.status::text AS "eventStatus"
    FROM league_member m
    JOIN league l ON l.id = m.league_id
    JOIN event e ON e.id = l.event_id
    LEFT JOIN standing mine ON mine.event_id = l.event_id AND mine.user_id = m.user_id
    WHERE m.user_id = ${userId}::uuid AND e.status <> 'DRAFT'
    ORDER BY e.start_date DESC, e.id, lower(l.name), l.id`;
  return rows.map(({ eventId, eventName, eventSlug, eventStatus, ...league }) => ({
    ...league,
    event: { id: eventId, name: eventName, slug: eventSlug, status: eventStatus },
  }));
}
