import { describe, expect, it } from "vitest";
import { summarizeCrewStages, toPercent } from "@/lib/game/stage-stats";

describe("a crew over its locked stages", () => {
  it("turns counts into shares of the stage's locked rosters", () => {
    expect(toPercent(1, 3)).toBe(33);
    expect(toPercent(2, 3)).toBe(67);
    expect(toPercent(0, 0)).toBe(0);
  });

  it("orders stages and averages its form over the last three scored ones", () => {
    const summary = summarizeCrewStages([
      { stageNumber: 3, players: 4, picks: 1, captains: 0, points: 12 },
      { stageNumber: 0, players: 2, picks: 2, captains: 1, points: 4 },
      { stageNumber: 4, players: 4, picks: 4, captains: 4, points: null },
      { stageNumber: 1, players: 4, picks: 3, captains: 1, points: 10 },
      { stageNumber: 2, players: 4, picks: 2, captains: 2, points: 5 },
    ]);
    expect(summary.stages.map((stage) => stage.stageNumber)).toEqual([0, 1, 2, 3, 4]);
    expect(summary.stages[0]).toEqual({ stageNumber: 0, ownership: 100, captaincy: 50, points: 4 });
    expect(summary.stages[4]).toEqual({ stageNumber: 4, ownership: 100, captaincy: 100, points: null });
    // Stages 1, 2 and 3: (10 + 5 + 12) / 3 = 9.
    expect(summary.form).toBe(9);
    expect(summary.formStages).toBe(3);
  });

  it("has no form before a scored stage, and rounds to one decimal", () => {
    expect(summarizeCrewStages([{ stageNumber: 1, players: 1, picks: 0, captains: 0, points: null }]).form).toBeNull();
    expect(
      summarizeCrewStages([
        { stageNumber: 1, players: 1, picks: 0, captains: 0, points: 1 },
        { stageNumber: 2, players: 1, picks: 0, captains: 0, points: 0 },
        { stageNumber: 3, players: 1, picks: 0, captains: 0, points: 0 },
      ]).form,
    ).toBe(0.3);
  });
});
