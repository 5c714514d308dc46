import { describe, expect, it } from "vitest";
import { checkRoster, type RosterCrew } from "@/lib/game/roster";
import { resolveRules } from "@/lib/game/rules";
import { describeRosterProblem } from "@/lib/i18n/roster-problems";
import { translateEnglish } from "@/lib/i18n/translate";

const inEnglish = (problem: Parameters<typeof describeRosterProblem>[0] | undefined) =>
  problem && describeRosterProblem(problem, translateEnglish);

const crew = (id: string, teamId: string, price: number, isRetired = false): RosterCrew => ({
  id,
  label: `#${id}`,
  teamId,
  teamName: teamId === "def" ? "Defender Rally" : teamId === "toy" ? "Toyota" : "Tireman",
  price,
  isRetired,
});

const FIELD = [
  crew("500", "def", 38),
  crew("502", "def", 36),
  crew("504", "def", 34),
  crew("501", "toy", 20),
  crew("503", "toy", 24),
  crew("9", "pri", 12),
];
const rules = resolveRules();
const codes = (draft: { crewIds: string[]; captainId: string | null }, kept: string[] = [], field = FIELD) =>
  checkRoster(draft, field, rules, "def", kept).problems.map((problem) => problem.code);

describe("checkRoster", () => {
  it("accepts a legal roster and reports cost and remaining budget", () => {
    const check = checkRoster({ crewIds: ["500", "503", "501"], captainId: "500" }, FIELD, rules, "def");
    expect(check.problems).toEqual([]);
    expect(check.cost).toBe(82);
    expect(check.remaining).toBe(18);
    expect(check.featuredCount).toBe(1);
  });

  it("refuses the three Defender favourites: over budget and over the team limit", () => {
    const check = checkRoster({ crewIds: ["500", "502", "504"], captainId: "502" }, FIELD, rules, "def");
    expect(check.problems.map(inEnglish)).toEqual([
      "Over budget by 8 credits (108 of 100).",
      "At most 2 crews from Defender Rally (you have 3).",
    ]);
  });

  it("needs the featured team", () => {
    expect(codes({ crewIds: ["501", "503", "9"], captainId: "9" })).toEqual(["FEATURED_MINIMUM"]);
  });

  it("counts the roster size both ways", () => {
    const short = checkRoster({ crewIds: ["500"], captainId: "500" }, FIELD, rules, "def");
    expect(inEnglish(short.problems[0])).toBe("Pick 2 more crews: a roster has 3.");
    const long = checkRoster({ crewIds: ["500", "501", "503", "9"], captainId: "500" }, FIELD, rules, "def");
    expect(long.problems.map((problem) => problem.code)).toContain("SIZE");
    expect(inEnglish(long.problems[0])).toBe("Drop 1 crew: a roster has 3.");
  });

  it("rejects duplicates, unknown crews and a captain outside the roster", () => {
    expect(codes({ crewIds: ["500", "500", "501"], captainId: "500" })).toEqual(["DUPLICATE", "SIZE"]);
    expect(codes({ crewIds: ["500", "501", "777"], captainId: "500" })).toEqual(["UNKNOWN_CREW"]);
    expect(codes({ crewIds: ["500", "501", "9"], captainId: "503" })).toEqual(["CAPTAIN"]);
    expect(codes({ crewIds: ["500", "501", "9"], captainId: null })).toEqual(["CAPTAIN"]);
  });

  it("lets a retired crew stay but not be picked anew", () => {
    const field = FIELD.map((candidate) => (candidate.id === "501" ? { ...candidate, isRetired: true } : candidate));
    expect(codes({ crewIds: ["500", "501", "9"], captainId: "500" }, [], field)).toEqual(["RETIRED"]);
    expect(codes({ crewIds: ["500", "501", "9"], captainId: "500" }, ["501"], field)).toEqual([]);
  });

  it("follows an event's rule overrides", () => {
    const generous = resolveRules({ budget: 120, maxPerTeam: 3 });
    expect(checkRoster({ crewIds: ["500", "502", "504"], captainId: "500" }, FIELD, generous, "def").problems).toEqual([]);
  });
});
