import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { LEAGUE_TRANSACTION_OPTIONS, lockMemberLeague } from "./league-locks";

export const OWNER_CANNOT_LEAVE = msg("leagues.action.ownerCannotLeave");

/** A member leaves. The owner cannot: a league always has its owner, who deletes it to be rid of it. */
export async function leaveLeague(db: Db, input: { userId: string; leagueId: number }): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const league = await lockMemberLeague(tx, { leagueId: input.leagueId, userId: input.userId });
    if (league.ownerId === input.userId) throw new AppError("INVALID", OWNER_CANNOT_LEAVE);
    await tx.leagueMember.delete({ where: { leagueId_userId: { leagueId: league.id, userId: input.userId } } });
    return { name: league.name };
  }, LEAGUE_TRANSACTION_OPTIONS);
}
