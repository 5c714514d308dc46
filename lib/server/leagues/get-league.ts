import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { LEAGUE_NOT_FOUND } from "./league-locks";

const nameOf = (user: { displayName: string | null; deletedAt: Date | null }) =>
  user.deletedAt ? "Deleted player" : (user.displayName ?? "Player");

/** A league for one of its members: its event, owner, invite code and members. Others get NOT_FOUND. */
export async function getLeague(db: Db, leagueId: number, viewerId: string) {
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
    ownerName: nameOf(owner),
    isOwner: league.ownerId === viewerId,
    members: members.map((member) => ({ userId: member.userId, joinedAt: member.joinedAt, name: nameOf(member.user) })),
  };
}

export type LeagueDetails = Awaited<ReturnType<typeof getLeague>>;
