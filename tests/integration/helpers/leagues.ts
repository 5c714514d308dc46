import type { Db } from "@/lib/server/db";
import { createLeague } from "@/lib/server/leagues/create-league";
import { createUser } from "@/tests/factories";

/** A league in `eventId` owned by `ownerId`, with `members` more players added straight in the table. */
export async function createLeagueWithMembers(db: Db, input: { eventId: number; ownerId?: string; name?: string; members?: string[] }) {
  const ownerId = input.ownerId ?? (await createUser(db)).id;
  const league = await createLeague(db, { ownerId, eventId: input.eventId, name: input.name ?? "Test league" });
  const base = Date.now();
  if (input.members?.length) {
    await db.leagueMember.createMany({
      data: input.members.map((userId, index) => ({ leagueId: league.id, userId, joinedAt: new Date(base + (index + 1) * 1000) })),
    });
  }
  return { ...league, ownerId };
}

/** Standings rows as rescoring would store them, board positions included (rank, then joinedAt, then userId). */
export async function storeStandings(
  db: Db,
  eventId: number,
  rows: { userId: string; rank: number; previousRank?: number | null; total: number; exact?: number; joinedAt?: Date }[],
) {
  const base = Date.parse("2026-12-01T00:00:00Z");
  const complete = rows.map((row, index) => ({ ...row, joinedAt: row.joinedAt ?? new Date(base + index * 1000) }));
  const ordered = [...complete].sort(
    (a, b) => a.rank - b.rank || a.joinedAt.getTime() - b.joinedAt.getTime() || (a.userId < b.userId ? -1 : 1),
  );
  await db.standing.createMany({
    data: complete.map((row) => ({
      eventId,
      userId: row.userId,
      rank: row.rank,
      previousRank: row.previousRank ?? null,
      total: row.total,
      exact: row.exact ?? 0,
      joinedAt: row.joinedAt,
      position: ordered.indexOf(row) + 1,
    })),
  });
}
