import { z } from "zod";
import {
  checkLeagueName,
  INVITE_CODE_LENGTH,
  INVITE_CODE_PATTERN,
  LEAGUE_NAME_MAX,
  LEAGUE_NAME_MIN,
  normalizeInviteCode,
  type NameProblem,
} from "@/lib/game/leagues";
import type { MessageKey } from "@/lib/i18n/messages";
import { msg } from "@/lib/i18n/translate";
import { idSchema } from "./params";

const NAME_MESSAGES: Record<NameProblem, MessageKey> = {
  EMPTY: msg("leagues.validation.nameRequired"),
  CONTROL: msg("leagues.validation.nameControl"),
  TOO_SHORT: msg("leagues.validation.nameTooShort"),
  TOO_LONG: msg("leagues.validation.nameTooLong"),
};

/** Longer raw input is refused before the name rules read it (they normalise and scan it). */
const RAW_NAME_MAX = 500;

/** A league name, normalised (trimmed, single spaces) and checked by the rules in lib/game/leagues. */
export const leagueNameSchema = z.string({ error: msg("leagues.validation.nameRequired") }).transform((raw, context) => {
  const check: ReturnType<typeof checkLeagueName> =
    raw.length > RAW_NAME_MAX ? { ok: false, problem: "TOO_LONG", length: raw.length } : checkLeagueName(raw);
  if (check.ok) return check.name;
  context.issues.push({
    code: "custom",
    message: NAME_MESSAGES[check.problem],
    params: { minimum: LEAGUE_NAME_MIN, maximum: LEAGUE_NAME_MAX, length: check.length },
    input: raw,
  });
  return z.NEVER;
});

/** An invite code as typed or pasted: case, spaces and dashes do not matter. */
export const inviteCodeSchema = z.string({ error: msg("leagues.validation.codeRequired") }).transform((raw, context) => {
  const refuse = (message: MessageKey) => {
    context.issues.push({ code: "custom", message, params: { length: INVITE_CODE_LENGTH }, input: raw });
    return z.NEVER;
  };
  if (raw.length > 100) return refuse(msg("leagues.validation.codeLength"));
  const code = normalizeInviteCode(raw);
  if (code === "") return refuse(msg("leagues.validation.codeRequired"));
  if (code.length !== INVITE_CODE_LENGTH) return refuse(msg("leagues.validation.codeLength"));
  if (!INVITE_CODE_PATTERN.test(code)) return refuse(msg("leagues.validation.codeCharacters"));
  return code;
});

const leagueId = idSchema(msg("leagues.validation.unknownLeague"));

export const createLeagueSchema = z.object({ name: leagueNameSchema, eventId: idSchema(msg("leagues.validation.chooseEvent")) });

export const joinLeagueSchema = z.object({ code: inviteCodeSchema });

export const renameLeagueSchema = z.object({ leagueId, name: leagueNameSchema });

export const leagueIdSchema = z.object({ leagueId });

export const removeLeagueMemberSchema = z.object({
  leagueId,
  memberId: z.uuid({ error: msg("leagues.validation.chooseMember") }),
});
