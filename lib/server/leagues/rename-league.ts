import "server-only";
import type { Db } from "@/lib/server/db";
import { msg } from "@/lib/i18n/translate";
import { LEAGUE_TRANSACTION_OPTIONS, lockMemberLeague } from "./league-locks";

/** The owner renames their league; `name` is already normalised. */
export async function renameLeague(db: Db, input: { userId: string; leagueId: number; name: string }): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const league = await lockMemberLeague(tx, {
      leagueId: input.leagueId,
      userId: input.userId,
      ownerOnly: msg("leagues.action.ownerOnlyRename"),
    });
    return tx.league.update({ where: { id: league.id }, data: { name: input.name }, select: { name: true } });
  }, LEAGUE_TRANSACTION_OPTIONS);
}
