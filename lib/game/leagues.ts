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

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

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
  if (trimmed === "") return { ok: false, message: "Enter a league name" };
  if (CONTROL.test(trimmed)) {
    return { ok: false, message: "Remove the tab, line break or other invisible control character from the name" };
  }
  const name = trimmed.replace(SPACES, " ");
  const length = countCharacters(name);
  if (length < LEAGUE_NAME_MIN) return { ok: false, message: `Use at least ${LEAGUE_NAME_MIN} characters (this name has ${length})` };
  if (length > LEAGUE_NAME_MAX) return { ok: false, message: `Use at most ${LEAGUE_NAME_MAX} characters (this name has ${length})` };
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
export function describeCreateRefusal(counts: { owned: number; joined: number }): string | null {
  if (counts.owned >= MAX_OWNED_LEAGUES_PER_EVENT) {
    return `You already own ${MAX_OWNED_LEAGUES_PER_EVENT} leagues in this event, the most allowed. Delete one to create another.`;
  }
  if (counts.joined >= MAX_LEAGUES_PER_EVENT) {
    return `You are already in ${MAX_LEAGUES_PER_EVENT} leagues in this event, the most allowed. Leave one to create another.`;
  }
  return null;
}

/** Why a player may not join a league, or null when they may. */
export function describeJoinRefusal(counts: { members: number; joined: number }): string | null {
  if (counts.members >= MAX_LEAGUE_MEMBERS) return `This league is full: it already has ${MAX_LEAGUE_MEMBERS} members, the most allowed.`;
  if (counts.joined >= MAX_LEAGUES_PER_EVENT) {
    return `You are already in ${MAX_LEAGUES_PER_EVENT} leagues in this event, the most allowed. Leave one to join this one.`;
  }
  return null;
}

/** The caps in one sentence, for the pages. */
export const LEAGUE_CAPS_SENTENCE =
  `In each event you can own up to ${MAX_OWNED_LEAGUES_PER_EVENT} leagues and belong to up to ${MAX_LEAGUES_PER_EVENT}; ` +
  `a league holds up to ${MAX_LEAGUE_MEMBERS} players.`;
