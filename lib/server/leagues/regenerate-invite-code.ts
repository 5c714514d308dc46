import "server-only";
import type { Db } from "@/lib/server/db";
import { msg } from "@/lib/i18n/translate";
import { pickFreeInviteCode } from "./invite-code";
import { LEAGUE_TRANSACTION_OPTIONS, lockMemberLeague } from "./league-locks";

/** The owner replaces the invite code: the old code and links stop working at once. */
export async function regenerateInviteCode(db: Db, input: { userId: string; leagueId: number }): Promise<{ inviteCode: string }> {
  return db.$transaction(async (tx) => {
    const league = await lockMemberLeague(tx, {
      leagueId: input.leagueId,
      userId: input.userId,
      ownerOnly: msg("leagues.action.ownerOnlyReplace"),
    });
    const inviteCode = await pickFreeInviteCode(tx);
    return tx.league.update({ where: { id: league.id }, data: { inviteCode }, select: { inviteCode: true } });
  }, LEAGUE_TRANSACTION_OPTIONS);
}
