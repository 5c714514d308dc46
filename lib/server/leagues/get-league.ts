import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ENGLISH_STAND_INS, shownPlayerName, type NameStandIns } from "@/lib/format/player-name";
import { LEAGUE_NOT_FOUND } from "./league-locks";

/**
 * A league for one of its members: its event, owner, invite code and members. Others get NOT_FOUND.
 * `standIns`: the words for a deleted or unnamed owner or member, in the reader's language.
 */
export async function getLeague(db: Db, leagueId: number, viewerId: string, standIns: NameStandIns = ENGLISH_STAND_INS) {
  const league = await db.league.findFirst({
    where: { id: leagueId, members: { some: { userId: viewerId } }, event: { status: { not: "DRAFT" } } },
    select: {
      id: true,
      name: true,
      inviteCode: true,
      ownerId: true,
      createdAt: true,
      event: {
        select: {
          id: true,
          name: true,
          slug: true,
          status: true,
          finalStatus: true,
          // Any stage still provisional makes the board provisional.
          stages: { where: { resultsStatus: "PROVISIONAL", status: { not: "CANCELLED" } }, select: { id: true }, take: 1 },
        },
      },
      owner: { select: { displayName: true, deletedAt: true } },
      members: {
        orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
        select: { userId: true, joinedAt: true, user: { select: { displayName: true, deletedAt: true } } },
      },
    },
  });
  if (!league) throw new AppError("NOT_FOUND", LEAGUE_NOT_FOUND);
  const { owner, members, event, ...rest } = league;
  const { stages, ...eventFields } = event;
  return {
    ...rest,
    event: { ...eventFields, isProvisional: stages.length > 0 || event.finalStatus === "PROVISIONAL" },
    ownerName: shownPlayerName(owner, standIns),
    isOwner: league.ownerId === viewerId,
    members: members.map((member) => ({ userId: member.userId, joinedAt: member.joinedAt, name: shownPlayerName(member.user, standIns) })),
  };
}

export type LeagueDetails = Awaited<ReturnType<typeof getLeague>>;
