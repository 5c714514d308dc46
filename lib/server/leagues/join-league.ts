import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { joinRefusal, MAX_LEAGUE_MEMBERS, MAX_LEAGUES_PER_EVENT } from "@/lib/game/leagues";
import { countPlayerLeagues, LEAGUE_TRANSACTION_OPTIONS, lockLeague, lockPlayerLeagues } from "./league-locks";

export const UNKNOWN_INVITE_CODE = msg("leagues.action.unknownCode");

/**
 * Adds the player to the league with this invite code. Joining again is a no-op that succeeds,
 * even when the league has since filled up. Caps are checked under the player's lock and the
 * league row's lock, so concurrent joins can never overfill a league or a player's quota.
 */
export async function joinLeague(db: Db, input: { userId: string; code: string }): Promise<{ leagueId: number; isAlreadyMember: boolean }> {
  const found = await db.league.findUnique({
    where: { inviteCode: input.code },
    select: { id: true, eventId: true, event: { select: { status: true } } },
  });
  if (!found || found.event.status === "DRAFT") throw new AppError("NOT_FOUND", UNKNOWN_INVITE_CODE, { code: [UNKNOWN_INVITE_CODE] });

  return db.$transaction(async (tx) => {
    await lockPlayerLeagues(tx, input.userId, found.eventId);
    const league = await lockLeague(tx, found.id);
    // The owner may have replaced the code (or deleted the league) since it was looked up.
    if (!league || league.inviteCode !== input.code) throw new AppError("NOT_FOUND", UNKNOWN_INVITE_CODE, { code: [UNKNOWN_INVITE_CODE] });
    const member = await tx.leagueMember.findUnique({
      where: { leagueId_userId: { leagueId: league.id, userId: input.userId } },
      select: { userId: true },
    });
    if (member) return { leagueId: league.id, isAlreadyMember: true };

    const members = await tx.leagueMember.count({ where: { leagueId: league.id } });
    const { joined } = await countPlayerLeagues(tx, input.userId, league.eventId);
    const refusal = joinRefusal({ members, joined });
    if (refusal === "FULL") throw new AppError("CONFLICT", msg("leagues.action.full"), undefined, { max: MAX_LEAGUE_MEMBERS });
    if (refusal === "JOINED_CAP")
      throw new AppError("CONFLICT", msg("leagues.action.joinedCapJoin"), undefined, { max: MAX_LEAGUES_PER_EVENT });
    await tx.leagueMember.create({ data: { leagueId: league.id, userId: input.userId } });
    return { leagueId: league.id, isAlreadyMember: false };
  }, LEAGUE_TRANSACTION_OPTIONS);
}
