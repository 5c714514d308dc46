import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, resolveRules, ruleOverridesSchema } from "@/lib/game/rules";

describe("rules", () => {
  it("defaults to the design's numbers", () => {
    const rules = resolveRules();
    expect(rules).toMatchObject({ rosterSize: 3, budget: 100, maxPerTeam: 2, minFeatured: 1, captainMultiplier: 2 });
    expect(rules.stagePoints).toEqual([25, 18, 15, 12, 10, 8, 6, 4, 2, 1]);
    expect(rules.finalPoints).toEqual([50, 36, 30, 24, 20, 16, 12, 8, 4, 2]);
  });

  it("applies an event's overrides over the defaults", () => {
    const rules = resolveRules({ budget: 120, stagePoints: [10, 5] });
    expect(rules.budget).toBe(120);
    expect(rules.stagePoints).toEqual([10, 5]);
    expect(rules.rosterSize).toBe(DEFAULT_RULES.rosterSize);
  });

  it("rejects unknown keys and bad values, naming the field", () => {
    const unknown = ruleOverridesSchema.safeParse({ budgt: 100 });
    expect(unknown.success).toBe(false);
    expect(JSON.stringify(unknown.error?.issues)).toContain("budgt");

    const negative = ruleOverridesSchema.safeParse({ budget: -1 });
    expect(negative.success).toBe(false);
    expect(negative.error?.issues[0]?.path).toEqual(["budget"]);

    expect(ruleOverridesSchema.safeParse({ dnfPenalty: 5 }).success).toBe(false);
    expect(ruleOverridesSchema.safeParse({ stagePoints: [] }).success).toBe(false);
    expect(ruleOverridesSchema.safeParse({ rosterSize: 2.5 }).success).toBe(false);
  });
});
