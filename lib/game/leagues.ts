// Private leagues: pure rules (no I/O). The server enforces the caps under locks; pages show them.

export const LEAGUE_NAME_MIN = 3;
export const LEAGUE_NAME_MAX = 40; // the database CHECK on league.name says the same
/** Leagues one player may own in one event. */
export const MAX_OWNED_LEAGUES_PER_EVENT = 5;
/** Leagues one player may belong to in one event, their own included. */
export const MAX_LEAGUES_PER_EVENT = 20;
/** Members of one league, the owner included. */
export const MAX_LEAGUE_MEMBERS = 200;

export const INVITE_CODE_LENGTH = 8;
/** Capitals and digits without the look-alikes 0/O, 1/I/L: codes survive being read aloud or retyped. */
export const INVITE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const INVITE_CODE_PATTERN = new RegExp(`^[${INVITE_CODE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`);

/** Why a name is refused, with its length in characters; the words come from the message files. */
export type NameProblem = "EMPTY" | "CONTROL" | "TOO_SHORT" | "TOO_LONG";
export type NameCheck = { ok: true; name: string } | { ok: false; problem: NameProblem; length: number };

// C0/C1 controls, line and paragraph separators, and the invisible format characters (bidi
// overrides, zero-width spaces...) that would let a name masquerade as another on a leaderboard.
// The zero-width joiner stays allowed: emoji sequences need it.
const CONTROL = /(?!\u200D)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const SPACES = /[\p{Zs}]+/gu;

/** Characters as PostgreSQL's char_length counts them (code points, not UTF-16 units). */
export function countCharacters(text: string): number {
  return [...text].length;
}

/**
 * Trims, refuses control characters inside the name, collapses runs of spaces into one, and
 * checks the length. Leading and trailing whitespace (a pasted line break included) is dropped.
 */
export function checkLeagueName(raw: string): NameCheck {
  const trimmed = raw.normalize("NFC").trim();
  if (trimmed === "") return { ok: false, problem: "EMPTY", length: 0 };
  if (CONTROL.test(trimmed)) return { ok: false, problem: "CONTROL", length: countCharacters(trimmed) };
  const name = trimmed.replace(SPACES, " ");
  const length = countCharacters(name);
  if (length < LEAGUE_NAME_MIN) return { ok: false, problem: "TOO_SHORT", length };
  if (length > LEAGUE_NAME_MAX) return { ok: false, problem: "TOO_LONG", length };
  return { ok: true, name };
}

/** What a player types or pastes: spaces and dashes dropped, lower case raised. */
export function normalizeInviteCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toUpperCase();
}

/** An invite code from a source of uniform random integers in [0, size), e.g. node:crypto's randomInt. */
export function buildInviteCode(randomBelow: (size: number) => number): string {
  let code = "";
  for (let index = 0; index < INVITE_CODE_LENGTH; index += 1) code += INVITE_CODE_ALPHABET[randomBelow(INVITE_CODE_ALPHABET.length)];
  return code;
}

/** Leagues can be created in events players can still play: published and not finished. */
export function isEventOpenForLeagues(status: string): boolean {
  return status === "UPCOMING" || status === "LIVE";
}

/** Why a player may not create another league in an event, or null when they may. */
export function createRefusal(counts: { owned: number; joined: number }): "OWNED_CAP" | "JOINED_CAP" | null {
  if (counts.owned >= MAX_OWNED_LEAGUES_PER_EVENT) return "OWNED_CAP";
  if (counts.joined >= MAX_LEAGUES_PER_EVENT) return "JOINED_CAP";
  return null;
}

/** Why a player may not join a league, or null when they may. */
export function joinRefusal(counts: { members: number; joined: number }): "FULL" | "JOINED_CAP" | null {
  if (counts.members >= MAX_LEAGUE_MEMBERS) return "FULL";
  if (counts.joined >= MAX_LEAGUES_PER_EVENT) return "JOINED_CAP";
  return null;
}
