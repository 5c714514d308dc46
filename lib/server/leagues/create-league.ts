import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { createRefusal, isEventOpenForLeagues, MAX_LEAGUES_PER_EVENT, MAX_OWNED_LEAGUES_PER_EVENT } from "@/lib/game/leagues";
import { pickFreeInviteCode } from "./invite-code";
import { countPlayerLeagues, LEAGUE_TRANSACTION_OPTIONS, lockPlayerLeagues } from "./league-locks";

export type CreateLeagueInput = { ownerId: string; eventId: number; name: string };

/** Creates a league in an open event; its owner is its first member. `name` is already normalised. */
export async function createLeague(db: Db, input: CreateLeagueInput): Promise<{ id: number; inviteCode: string }> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: input.eventId }, select: { status: true } });
    if (!event || event.status === "DRAFT") {
      throw new AppError("NOT_FOUND", msg("leagues.action.noSuchEvent"), { eventId: [msg("leagues.action.chooseListedEvent")] });
    }
    if (!isEventOpenForLeagues(event.status)) {
      const message = msg("leagues.action.eventOver");
      throw new AppError("INVALID", message, { eventId: [message] });
    }
    await lockPlayerLeagues(tx, input.ownerId, input.eventId);
    const refusal = createRefusal(await countPlayerLeagues(tx, input.ownerId, input.eventId));
    if (refusal === "OWNED_CAP")
      throw new AppError("CONFLICT", msg("leagues.action.ownedCap"), undefined, { max: MAX_OWNED_LEAGUES_PER_EVENT });
    if (refusal === "JOINED_CAP")
      throw new AppError("CONFLICT", msg("leagues.action.joinedCapCreate"), undefined, { max: MAX_LEAGUES_PER_EVENT });
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
