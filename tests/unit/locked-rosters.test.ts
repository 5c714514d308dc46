import { describe, expect, it } from "vitest";
import { findVersionInForce, listLockedRosters, listRetiredBefore, toTransferEntries } from "@/lib/game/locked-rosters";

const t = (iso: string) => new Date(iso);
const stages = [
  { id: 10, number: 0, startsAt: t("2027-01-01T04:00:00Z"), status: "SCHEDULED" as const },
  { id: 11, number: 1, startsAt: t("2027-01-02T04:00:00Z"), status: "CANCELLED" as const },
  { id: 12, number: 2, startsAt: t("2027-01-03T04:00:00Z"), status: "SCHEDULED" as const },
  { id: 13, number: 3, startsAt: t("2027-01-04T04:00:00Z"), status: "SCHEDULED" as const },
];
const v = (id: number, iso: string, crewIds: string[]) => ({ id, savedAt: t(iso), crewIds, captainId: crewIds[0]! });

describe("findVersionInForce", () => {
  const versions = [v(1, "2026-12-01T00:00:00Z", ["a"]), v(2, "2027-01-01T03:59:59.999Z", ["b"]), v(3, "2027-01-01T04:00:00Z", ["c"])];

  it("takes the latest version saved strictly before the start", () => {
    expect(findVersionInForce(versions, t("2027-01-01T04:00:00Z"))?.id).toBe(2);
    expect(findVersionInForce(versions, t("2027-01-01T04:00:00.001Z"))?.id).toBe(3);
    expect(findVersionInForce(versions, t("2026-11-01T00:00:00Z"))).toBeNull();
  });
});

describe("listLockedRosters", () => {
  it("lists started, uncancelled stages with the roster in force, carrying it over", () => {
    const versions = [v(2, "2027-01-02T12:00:00Z", ["b"]), v(1, "2026-12-01T00:00:00Z", ["a"])];
    const locked = listLockedRosters(stages, versions, t("2027-01-03T05:00:00Z"));
    expect(locked.map(({ stage, version }) => [stage.number, version?.id])).toEqual([
      [0, 1],
      [2, 2],
    ]);
  });

  it("leaves stages before the first save without a roster", () => {
    const locked = listLockedRosters(stages, [v(1, "2027-01-02T00:00:00Z", ["a"])], t("2027-01-05T00:00:00Z"));
    expect(locked.map(({ version }) => version?.id ?? null)).toEqual([null, 1, 1]);
    expect(toTransferEntries(locked, []).map((entry) => entry.stageNumber)).toEqual([2, 3]);
  });
});

describe("retired crews", () => {
  it("are out from the stage after the one they retired after", () => {
    const retired = [{ crewId: "x", retiredAfterStageNumber: 2 }];
    expect(listRetiredBefore(retired, 2)).toEqual([]);
    expect(listRetiredBefore(retired, 3)).toEqual(["x"]);
  });
});
