import "server-only";
import type { Db } from "@/lib/server/db";
import { MAX_LEAGUE_MEMBERS } from "@/lib/game/leagues";
import { ENGLISH_STAND_INS, shownPlayerName, type NameStandIns } from "@/lib/format/player-name";
import { countPlayerLeagues } from "./league-locks";

/**
 * What an invite link shows to whoever holds the code: the league's name, event, owner and size.
 * Null for an unknown or replaced code. Holding the code is the permission: no membership needed.
 * `standIns`: the words for a deleted or unnamed owner, in the reader's language.
 */
export async function getLeagueInvite(db: Db, code: string, viewerId: string, standIns: NameStandIns = ENGLISH_STAND_INS) {
  const league = await db.league.findUnique({
    where: { inviteCode: code },
    select: {
      id: true,
      name: true,
      event: { select: { id: true, name: true, slug: true, status: true } },
      owner: { select: { displayName: true, deletedAt: true } },
      _count: { select: { members: true } },
      members: { where: { userId: viewerId }, select: { userId: true } },
    },
  });
  if (!league || league.event.status === "DRAFT") return null;
  const { joined } = await countPlayerLeagues(db, viewerId, league.event.id);
  return {
    id: league.id,
    name: league.name,
    event: { name: league.event.name, slug: league.event.slug },
    ownerName: shownPlayerName(league.owner, standIns),
    memberCount: league._count.members,
    isMember: league.members.length > 0,
    isFull: league._count.members >= MAX_LEAGUE_MEMBERS,
    viewerLeagueCount: joined,
  };
}
