import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { LEAGUE_TRANSACTION_OPTIONS, lockMemberLeague } from "./league-locks";

export const OWNER_CANNOT_LEAVE =
  "You own this league, so you cannot leave it: delete it instead (everyone's scores stay on the event leaderboard).";

/** A member leaves. The owner cannot: a league always has its owner, who deletes it to be rid of it. */
export async function leaveLeague(db: Db, input: { userId: string; leagueId: number }): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const league = await lockMemberLeague(tx, { leagueId: input.leagueId, userId: input.userId });
    if (league.ownerId === input.userId) throw new AppError("INVALID", OWNER_CANNOT_LEAVE);
    await tx.leagueMember.delete({ where: { leagueId_userId: { leagueId: league.id, userId: input.userId } } });
    return { name: league.name };
  }, LEAGUE_TRANSACTION_OPTIONS);
}
