import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  buildInviteCode,
  checkLeagueName,
  createRefusal,
  INVITE_CODE_ALPHABET,
  INVITE_CODE_LENGTH,
  INVITE_CODE_PATTERN,
  isEventOpenForLeagues,
  joinRefusal,
  MAX_LEAGUE_MEMBERS,
  MAX_LEAGUES_PER_EVENT,
  MAX_OWNED_LEAGUES_PER_EVENT,
  normalizeInviteCode,
} from "@/lib/game/leagues";
import { msg, translateEnglish, translateFieldErrors, translateIssue } from "@/lib/i18n/translate";
import { createLeagueSchema, inviteCodeSchema, leagueNameSchema, removeLeagueMemberSchema } from "@/lib/validation/leagues";

// Schemas carry message keys; the reader sees them translated (English here).
const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? translateFieldErrors(result.error, translateEnglish) : {};

describe("league names", () => {
  it("trims and collapses inner spaces, including non-breaking ones", () => {
    expect(checkLeagueName("  Dune   Foxes \u00a0 United  ")).toEqual({ ok: true, name: "Dune Foxes United" });
    expect(checkLeagueName("\nOffice league\r\n")).toEqual({ ok: true, name: "Office league" });
  });

  it("counts characters as the database does, so 40 emoji fit and 41 do not", () => {
    expect(checkLeagueName("🏜".repeat(40))).toMatchObject({ ok: true });
    expect(checkLeagueName("🏜".repeat(41))).toEqual({ ok: false, problem: "TOO_LONG", length: 41 });
    expect(checkLeagueName("a".repeat(40))).toMatchObject({ ok: true });
  });

  it("says exactly what is wrong", () => {
    expect(checkLeagueName("")).toEqual({ ok: false, problem: "EMPTY", length: 0 });
    expect(checkLeagueName("    ")).toEqual({ ok: false, problem: "EMPTY", length: 0 });
    expect(checkLeagueName(" ab ")).toEqual({ ok: false, problem: "TOO_SHORT", length: 2 });
    expect(checkLeagueName("a   b")).toMatchObject({ ok: true, name: "a b" });
    for (const bad of ["Dune\tFoxes", "Dune\nFoxes", "Dune\u0007Foxes", "Dune\u202eFoxes", "Dune\u200bFoxes", "Dune\u2028Foxes"]) {
      expect(checkLeagueName(bad)).toMatchObject({ ok: false, problem: "CONTROL" });
      expect(leagueNameSchema.safeParse(bad).error?.issues.map((issue) => translateIssue(issue, translateEnglish))).toEqual([
        "Remove the tab, line break or other invisible control character from the name",
      ]);
    }
  });

  it("keeps emoji sequences joined by zero-width joiners", () => {
    expect(checkLeagueName("Team 👩‍👩‍👧")).toMatchObject({ ok: true });
  });

  it("the zod schema returns the normalised name or the rule's message", () => {
    expect(leagueNameSchema.parse("  Sand   Storm ")).toBe("Sand Storm");
    const refused = createLeagueSchema.safeParse({ name: "x", eventId: "" });
    expect(fieldErrors(refused)).toEqual({ name: ["Use at least 3 characters (this name has 1)"], eventId: ["Choose an event"] });
    expect(fieldErrors(createLeagueSchema.safeParse({ name: null, eventId: "3" }))).toEqual({ name: ["Enter a league name"] });
    expect(createLeagueSchema.parse({ name: "Sand Storm", eventId: "3" })).toEqual({ name: "Sand Storm", eventId: 3 });
  });
});

describe("invite codes", () => {
  it("are 8 characters from an alphabet without look-alikes", () => {
    expect(INVITE_CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(new Set(INVITE_CODE_ALPHABET).size).toBe(INVITE_CODE_ALPHABET.length);
    let next = 0;
    const code = buildInviteCode((size) => next++ % size);
    expect(code).toBe(INVITE_CODE_ALPHABET.slice(0, INVITE_CODE_LENGTH));
    expect(buildInviteCode((size) => size - 1)).toBe("Z".repeat(INVITE_CODE_LENGTH));
    expect(code).toMatch(INVITE_CODE_PATTERN);
  });

  it("forgive case, spaces and dashes when typed", () => {
    expect(normalizeInviteCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(inviteCodeSchema.parse("k7m2 q9xp")).toBe("K7M2Q9XP");
  });

  it("refuse bad codes with one clear message each", () => {
    const message = (value: unknown) =>
      inviteCodeSchema.safeParse(value).error?.issues.map((issue) => translateIssue(issue, translateEnglish));
    expect(message("")).toEqual(["Enter the invite code"]);
    expect(message(undefined)).toEqual(["Enter the invite code"]);
    expect(message("ABC")).toEqual(["An invite code has 8 characters"]);
    expect(message("ABCDEFG0")).toEqual(["Invite codes use capital letters and digits, never 0, 1, I, L or O"]);
    expect(message("ABCDEFGL")).toEqual(["Invite codes use capital letters and digits, never 0, 1, I, L or O"]);
  });
});

describe("caps", () => {
  it("are sensible and shown in one sentence", () => {
    expect(MAX_OWNED_LEAGUES_PER_EVENT).toBeLessThan(MAX_LEAGUES_PER_EVENT);
    const sentence = translateEnglish(msg("leagues.list.caps"), {
      owned: MAX_OWNED_LEAGUES_PER_EVENT,
      joined: MAX_LEAGUES_PER_EVENT,
      members: MAX_LEAGUE_MEMBERS,
    });
    expect(sentence).toContain(`own up to ${MAX_OWNED_LEAGUES_PER_EVENT} leagues`);
    expect(sentence).toContain(`belong to up to ${MAX_LEAGUES_PER_EVENT}`);
    expect(sentence).toContain(`up to ${MAX_LEAGUE_MEMBERS} players`);
  });

  it("refuse a sixth owned league and a twenty-first membership, and nothing below", () => {
    expect(createRefusal({ owned: MAX_OWNED_LEAGUES_PER_EVENT - 1, joined: MAX_LEAGUES_PER_EVENT - 1 })).toBeNull();
    expect(createRefusal({ owned: MAX_OWNED_LEAGUES_PER_EVENT, joined: 5 })).toBe("OWNED_CAP");
    expect(createRefusal({ owned: 0, joined: MAX_LEAGUES_PER_EVENT })).toBe("JOINED_CAP");
    expect(translateEnglish(msg("leagues.action.ownedCap"), { max: MAX_OWNED_LEAGUES_PER_EVENT })).toMatch(
      /already own 5 leagues in this event/,
    );
  });

  it("refuse joining a full league or over the player's cap", () => {
    expect(joinRefusal({ members: MAX_LEAGUE_MEMBERS - 1, joined: MAX_LEAGUES_PER_EVENT - 1 })).toBeNull();
    expect(joinRefusal({ members: MAX_LEAGUE_MEMBERS, joined: 0 })).toBe("FULL");
    expect(translateEnglish(msg("leagues.action.full"), { max: MAX_LEAGUE_MEMBERS })).toBe(
      "This league is full: it already has 200 members, the most allowed.",
    );
    expect(joinRefusal({ members: 3, joined: MAX_LEAGUES_PER_EVENT })).toBe("JOINED_CAP");
  });

  it("open events for new leagues are upcoming or live", () => {
    expect(["DRAFT", "UPCOMING", "LIVE", "COMPLETED"].filter(isEventOpenForLeagues)).toEqual(["UPCOMING", "LIVE"]);
  });
});

describe("member removal input", () => {
  it("names the missing member", () => {
    expect(fieldErrors(removeLeagueMemberSchema.safeParse({ leagueId: "4", memberId: "nope" }))).toEqual({
      memberId: ["Choose a member to remove"],
    });
    expect(fieldErrors(removeLeagueMemberSchema.safeParse({ leagueId: null, memberId: crypto.randomUUID() }))).toEqual({
      leagueId: ["Unknown league"],
    });
  });
});
