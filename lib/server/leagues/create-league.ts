import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { describeCreateRefusal, isEventOpenForLeagues } from "@/lib/game/leagues";
import { pickFreeInviteCode } from "./invite-code";
import { countPlayerLeagues, LEAGUE_TRANSACTION_OPTIONS, lockPlayerLeagues } from "./league-locks";

export type CreateLeagueInput = { ownerId: string; eventId: number; name: string };

/** Creates a league in an open event; its owner is its first member. `name` is already normalised. */
export async function createLeague(db: Db, input: CreateLeagueInput): Promise<{ id: number; inviteCode: string }> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: input.eventId }, select: { status: true } });
    if (!event || event.status === "DRAFT") {
      throw new AppError("NOT_FOUND", "That event does not exist.", { eventId: ["Choose one of the listed events"] });
    }
    if (!isEventOpenForLeagues(event.status)) {
      const message = "That event is over: leagues can be created for upcoming and live events only.";
      throw new AppError("INVALID", message, { eventId: [message] });
    }
    await lockPlayerLeagues(tx, input.ownerId, input.eventId);
    const refusal = describeCreateRefusal(await countPlayerLeagues(tx, input.ownerId, input.eventId));
    if (refusal) throw new AppError("CONFLICT", refusal);
    const inviteCode = await pickFreeInviteCode(tx);
    return tx.league.create({
      data: {
        eventId: input.eventId,
        ownerId: input.ownerId,
        name: input.name,
        inviteCode,
        members: { create: { userId: input.ownerId } },
      },
      select: { id: true, inviteCode: true },
    });
  }, LEAGUE_TRANSACTION_OPTIONS);
}
