import { describe, expect, it } from "vitest";
import { findNextLock, getStageLockState, splitCountdown } from "@/lib/game/stage-lock";

const at = (iso: string) => new Date(iso);

describe("getStageLockState", () => {
  const stage = { startsAt: at("2027-01-01T04:00:00Z"), status: "SCHEDULED" as const };

  it("is open until the start and locked from the start on", () => {
    expect(getStageLockState(stage, at("2027-01-01T03:59:59.999Z"))).toBe("open");
    expect(getStageLockState(stage, at("2027-01-01T04:00:00Z"))).toBe("locked");
  });

  it("follows a moved start, whatever the stored status says", () => {
    const moved = { startsAt: at("2027-01-02T04:00:00Z"), status: "LOCKED" as const };
    expect(getStageLockState(moved, at("2027-01-01T05:00:00Z"))).toBe("open");
  });

  it("treats a cancelled stage as cancelled before and after its start", () => {
    const cancelled = { ...stage, status: "CANCELLED" as const };
    expect(getStageLockState(cancelled, at("2026-12-01T00:00:00Z"))).toBe("cancelled");
    expect(getStageLockState(cancelled, at("2027-02-01T00:00:00Z"))).toBe("cancelled");
  });
});

describe("findNextLock", () => {
  const stages = [
    { id: 2, startsAt: at("2027-01-03T04:00:00Z"), status: "SCHEDULED" as const },
    { id: 1, startsAt: at("2027-01-02T04:00:00Z"), status: "CANCELLED" as const },
    { id: 0, startsAt: at("2027-01-01T04:00:00Z"), status: "SCHEDULED" as const },
  ];

  it("skips locked and cancelled stages and picks the soonest start", () => {
    expect(findNextLock(stages, at("2026-12-01T00:00:00Z"))?.id).toBe(0);
    expect(findNextLock(stages, at("2027-01-01T04:00:00Z"))?.id).toBe(2);
  });

  it("finds nothing once every stage has started", () => {
    expect(findNextLock(stages, at("2027-01-04T00:00:00Z"))).toBeUndefined();
  });
});

describe("splitCountdown", () => {
  it("splits the time left into days, hours, minutes and seconds", () => {
    expect(splitCountdown(at("2027-01-02T05:06:07Z"), at("2027-01-01T00:00:00Z"))).toEqual({
      totalSeconds: 86_400 + 5 * 3600 + 6 * 60 + 7,
      days: 1,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
  });

  it("never goes negative after the target", () => {
    expect(splitCountdown(at("2027-01-01T00:00:00Z"), at("2027-01-01T00:00:10Z")).totalSeconds).toBe(0);
  });
});
