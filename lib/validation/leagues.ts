import { z } from "zod";
import { checkLeagueName, LEAGUE_NAME_MAX, INVITE_CODE_LENGTH, INVITE_CODE_PATTERN, normalizeInviteCode } from "@/lib/game/leagues";
import { idSchema } from "./params";

/** A league name, normalised (trimmed, single spaces) and checked by the rules in lib/game/leagues. */
export const leagueNameSchema = z
  .string({ error: "Enter a league name" })
  .max(500, `Use at most ${LEAGUE_NAME_MAX} characters`)
  .transform((raw, context) => {
    const check = checkLeagueName(raw);
    if (check.ok) return check.name;
    context.issues.push({ code: "custom", message: check.message, input: raw });
    return z.NEVER;
  });

/** An invite code as typed or pasted: case, spaces and dashes do not matter. */
export const inviteCodeSchema = z
  .string({ error: "Enter the invite code" })
  .max(100, `An invite code has ${INVITE_CODE_LENGTH} characters`)
  .transform(normalizeInviteCode)
  .pipe(
    z
      .string()
      .min(1, { error: "Enter the invite code", abort: true })
      .length(INVITE_CODE_LENGTH, { error: `An invite code has ${INVITE_CODE_LENGTH} characters`, abort: true })
      .regex(INVITE_CODE_PATTERN, "Invite codes use capital letters and digits, never 0, 1, I, L or O"),
  );

const leagueId = idSchema("Unknown league");

export const createLeagueSchema = z.object({ name: leagueNameSchema, eventId: idSchema("Choose an event") });

export const joinLeagueSchema = z.object({ code: inviteCodeSchema });

export const renameLeagueSchema = z.object({ leagueId, name: leagueNameSchema });

export const leagueIdSchema = z.object({ leagueId });

export const removeLeagueMemberSchema = z.object({
  leagueId,
  memberId: z.uuid({ error: "Choose a member to remove" }),
});
