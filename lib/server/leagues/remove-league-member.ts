import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { LEAGUE_TRANSACTION_OPTIONS, lockMemberLeague } from "./league-locks";

/** The owner removes another member (who may join again while they hold the current code). */
export async function removeLeagueMember(db: Db, input: { userId: string; leagueId: number; memberId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const league = await lockMemberLeague(tx, {
      leagueId: input.leagueId,
      userId: input.userId,
      ownerOnly: msg("leagues.action.ownerOnlyRemove"),
    });
    if (input.memberId === league.ownerId) {
      throw new AppError("INVALID", msg("leagues.action.ownerCannotRemove"));
    }
    const removed = await tx.leagueMember.deleteMany({ where: { leagueId: league.id, userId: input.memberId } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", msg("leagues.action.notMember"));
  }, LEAGUE_TRANSACTION_OPTIONS);
}
