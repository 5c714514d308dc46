import { describe, expect, it } from "vitest";
import { buildGapSeries } from "@/lib/game/compare";

describe("the running gap between two players", () => {
  it("adds up each stage's difference in stage order, a missing stage counting 0", () => {
    const a = [
      { stageNumber: 2, total: 10 },
      { stageNumber: 0, total: 30 },
    ];
    const b = [
      { stageNumber: 0, total: 20 },
      { stageNumber: 1, total: 15 },
      { stageNumber: 2, total: 40 },
    ];
    expect(buildGapSeries(a, b)).toEqual([
      { stageNumber: 0, a: 30, b: 20, gap: 10 },
      { stageNumber: 1, a: 0, b: 15, gap: -5 },
      { stageNumber: 2, a: 10, b: 40, gap: -35 },
    ]);
  });

  it("is empty before any stage has points, and antisymmetric", () => {
    expect(buildGapSeries([], [])).toEqual([]);
    const a = [{ stageNumber: 0, total: -5 }];
    const b = [{ stageNumber: 0, total: 12 }];
    expect(buildGapSeries(b, a)[0]!.gap).toBe(-buildGapSeries(a, b)[0]!.gap);
  });
});
