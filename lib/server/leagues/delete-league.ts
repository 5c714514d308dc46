import "server-only";
import type { Db } from "@/lib/server/db";
import { msg } from "@/lib/i18n/translate";
import { LEAGUE_TRANSACTION_OPTIONS, lockMemberLeague } from "./league-locks";

/** The owner deletes the league and its memberships; players' scores and standings are untouched. */
export async function deleteLeague(db: Db, input: { userId: string; leagueId: number }): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const league = await lockMemberLeague(tx, {
      leagueId: input.leagueId,
      userId: input.userId,
      ownerOnly: msg("leagues.action.ownerOnlyDelete"),
      mode: "delete",
    });
    await tx.league.delete({ where: { id: league.id } });
    return { name: league.name };
  }, LEAGUE_TRANSACTION_OPTIONS);
}
