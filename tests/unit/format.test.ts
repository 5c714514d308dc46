import { describe, expect, it } from "vitest";
import { formatStageTime } from "@/lib/format/duration";
import { describeNationality } from "@/lib/format/nationality";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";

describe("formatStageTime", () => {
  it("writes rally times", () => {
    expect(formatStageTime(4 * 3600 + 4 * 60 + 59)).toBe(`4h04'59"`);
    expect(formatStageTime(55 * 60 + 51)).toBe(`55'51"`);
    expect(formatStageTime(12 * 60 + 3)).toBe(`12'03"`);
    expect(formatStageTime(58 * 3600 + 9 * 60 + 45)).toBe(`58h09'45"`);
  });
});

describe("describeNationality", () => {
  it("turns a three-letter code into a country code for the flag and a name", () => {
    expect(describeNationality("LTU")).toEqual({ code: "LTU", alpha2: "LT", name: "Lithuania" });
    expect(describeNationality("usa")).toEqual({ code: "USA", alpha2: "US", name: "United States" });
  });

  it("keeps an unknown code readable and ignores a missing one", () => {
    expect(describeNationality("XYZ")).toEqual({ code: "XYZ", alpha2: null, name: "XYZ" });
    expect(describeNationality(null)).toBeNull();
  });
});

describe("event local time", () => {
  it("shows a UTC instant in the event's zone", () => {
    const start = new Date("2026-01-04T04:00:00Z");
    expect(formatInTimeZone(start, "Asia/Riyadh")).toContain("07:00");
    expect(timeZoneLabel(start, "Asia/Riyadh")).toBe("GMT+3");
  });
});
