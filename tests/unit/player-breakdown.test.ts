import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakDownRosterStage, buildProgress } from "@/lib/game/player-breakdown";
import { DEFAULT_RULES } from "@/lib/game/rules";
import { scoreRosterStage } from "@/lib/game/scoring";
import { indexResults } from "@/lib/game/scoring/crew-points";

const crewIds = ["a", "b", "c", "d", "e", "f"];

describe("player page breakdown", () => {
  it("the crews' points add up to the roster's stage points the engine scores", () => {
    const row = fc.record({
      status: fc.constantFrom("FINISHED" as const, "DNF" as const, "DSQ" as const, "DNS" as const),
      position: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(crewIds, { minLength: 3, maxLength: 3 }),
        fc.array(row, { minLength: 6, maxLength: 6 }),
        fc.subarray(crewIds),
        fc.nat(2),
        (roster, rows, out, captainIndex) => {
          const results = indexResults(
            rows.map((r, index) => ({ crew: crewIds[index]!, status: r.status, position: r.status === "FINISHED" ? r.position : null })),
          );
          const captainId = roster[captainIndex]!;
          const outCrewIds = new Set(out);
          const parts = breakDownRosterStage({ crewIds: roster, captainId, results, outCrewIds, rules: DEFAULT_RULES });
          const whole = scoreRosterStage({
            crews: roster,
            captain: captainId,
            results,
            isOut: (crew) => outCrewIds.has(crew),
            rules: DEFAULT_RULES,
          });
          expect(parts.reduce((sum, part) => sum + part.points, 0)).toBe(whole);
          expect(parts.filter((part) => part.isCaptain).map((part) => part.crewId)).toEqual([captainId]);
        },
      ),
    );
  });

  it("runs the points total in stage order with the rank after each stage", () => {
    const progress = buildProgress(
      [
        { stageNumber: 2, total: 5 },
        { stageNumber: 0, total: 10 },
        { stageNumber: 1, total: -3 },
      ],
      new Map([
        [0, 4],
        [2, 1],
      ]),
    );
    expect(progress).toEqual([
      { stageNumber: 0, points: 10, cumulative: 10, rank: 4 },
      { stageNumber: 1, points: -3, cumulative: 7, rank: null },
      { stageNumber: 2, points: 5, cumulative: 12, rank: 1 },
    ]);
  });
});
