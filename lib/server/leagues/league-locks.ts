import "server-only";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { MessageKey } from "@/lib/i18n/messages";
import { msg } from "@/lib/i18n/translate";

/** Leagues are private: a non-member learns nothing, not even that the league exists. */
export const LEAGUE_NOT_FOUND = msg("leagues.action.notFound");

/** Interactive transactions that may queue behind other joins of the same league. */
export const LEAGUE_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * Serialises one player's league changes in one event (creating, joining) until the transaction
 * ends, so two requests cannot both pass the per-player caps. Lock order everywhere: this lock
 * first, then the league row (lockLeague); functions that need only the league row take only it.
 */
export async function lockPlayerLeagues(tx: Tx, userId: string, eventId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dune-draft:league-player:' || ${userId}), ${eventId}::int)`;
}

export type LockedLeague = { id: number; eventId: number; ownerId: string; name: string; inviteCode: string };

/**
 * Locks a league row until the transaction ends: member counts read afterwards are exact, since
 * every join, leave, removal and deletion of the league takes the same lock first. FOR NO KEY
 * UPDATE still lets foreign-key checks (KEY SHARE) through; deletion asks for FOR UPDATE.
 */
export async function lockLeague(tx: Tx, leagueId: number, mode: "update" | "delete" = "update"): Promise<LockedLeague | null> {
  const rows =
    mode === "delete"
      ? await tx.$queryRaw<LockedLeague[]>`
          SELECT id, event_id AS "eventId", owner_id::text AS "ownerId", name, invite_code AS "inviteCode"
          FROM league WHERE id = ${leagueId} FOR UPDATE`
      : await tx.$queryRaw<LockedLeague[]>`
          SELECT id, event_id AS "eventId", owner_id::text AS "ownerId", name, invite_code AS "inviteCode"
          FROM league WHERE id = ${leagueId} FOR NO KEY UPDATE`;
  return rows[0] ?? null;
}

/**
 * Locks a league the user belongs to. Non-members get NOT_FOUND; with `ownerOnly`, members who do
 * not own it get FORBIDDEN with `ownerOnly`, the message naming what only the owner may do.
 */
export async function lockMemberLeague(
  tx: Tx,
  input: { leagueId: number; userId: string; ownerOnly?: MessageKey; mode?: "update" | "delete" },
): Promise<LockedLeague> {
  const league = await lockLeague(tx, input.leagueId, input.mode);
  if (!league) throw new AppError("NOT_FOUND", LEAGUE_NOT_FOUND);
  const member = await tx.leagueMember.findUnique({
    where: { leagueId_userId: { leagueId: league.id, userId: input.userId } },
    select: { userId: true },
  });
  if (!member) throw new AppError("NOT_FOUND", LEAGUE_NOT_FOUND);
  if (input.ownerOnly && league.ownerId !== input.userId) throw new AppError("FORBIDDEN", input.ownerOnly);
  return league;
}

/** How many leagues a player owns and belongs to in one event. */
export async function countPlayerLeagues(tx: Tx, userId: string, eventId: number): Promise<{ owned: number; joined: number }> {
  const [counts] = await tx.$queryRaw<{ owned: number; joined: number }[]>`
    SELECT (SELECT count(*)::int FROM league WHERE owner_id = ${userId}::uuid AND event_id = ${eventId}) AS owned,
           (SELECT count(*)::int FROM league_member m JOIN league l ON l.id = m.league_id
            WHERE m.user_id = ${userId}::uuid AND l.event_id = ${eventId}) AS joined`;
  return counts ?? { owned: 0, joined: 0 };
}
