import "server-only";
import type { Tx } from "@/lib/server/db";
import { lockLeague } from "./league-locks";

/**
 * A player leaving the game for good hands each league they own to its longest-standing other
 * member, or deletes it when nobody else is in it, so no league is left without someone to run it.
 * Their own memberships stay: friends' league boards keep their ranks, with "Deleted player".
 */
export async function handOverLeagues(tx: Tx, ownerId: string): Promise<{ handedOver: number; deleted: number }> {
  const owned = await tx.league.findMany({ where: { ownerId }, select: { id: true }, orderBy: { id: "asc" } });
  let handedOver = 0;
  let deleted = 0;
  for (const { id } of owned) {
    const league = await lockLeague(tx, id, "delete");
    if (!league || league.ownerId !== ownerId) continue;
    const heir = await tx.leagueMember.findFirst({
      where: { leagueId: id, userId: { not: ownerId }, user: { deletedAt: null } },
      orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
      select: { userId: true },
    });
    if (heir) {
      await tx.league.update({ where: { id }, data: { ownerId: heir.userId } });
      handedOver += 1;
    } else {
      await tx.league.delete({ where: { id } });
      deleted += 1;
    }
  }
  return { handedOver, deleted };
}
