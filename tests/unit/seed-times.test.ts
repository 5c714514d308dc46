import { describe, expect, it } from "vitest";
import { parseDuration, parseStageTimes } from "../../prisma/seed/race-times";

describe("parseDuration", () => {
  it.each([
    ["12'03\"", 723],
    ["55'51\"", 3351],
    ["4h04'59\"", 14_699],
    ["58h09'45\"", 209_385],
    ["+4s", 4],
    ["+58s", 58],
    ["+6'49\"", 409],
    ["+48min", 2880],
    ["+2h16'41\"", 8201],
    ["+2h", 7200],
    ["+1’44”", 104],
  ])("reads %s as %i seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(["", "+", "4h04", "abc", "1'75\"", "2h75min", "12:03"])("rejects %j", (text) => {
    expect(() => parseDuration(text)).toThrow(/race time/i);
  });
});

describe("parseStageTimes", () => {
  it("adds every gap to the winner's elapsed time", () => {
    expect(parseStageTimes(["4h04'59\"", "+6'49\"", "+8'18\"", "+48min", "+2h16'41\""])).toEqual([14_699, 15_108, 15_197, 17_579, 22_900]);
  });

  it("keeps unpublished times null", () => {
    expect(parseStageTimes(["4h29'32\"", "+37s", "+7'37\"", null, null])).toEqual([16_172, 16_209, 16_629, null, null]);
  });

  it("returns nothing for no times", () => {
    expect(parseStageTimes([])).toEqual([]);
  });

  it("refuses a gap as the winner's time", () => {
    expect(() => parseStageTimes(["+4s"])).toThrow(/elapsed/);
  });

  it("refuses an elapsed time after the winner's", () => {
    expect(() => parseStageTimes(["12'03\"", "12'07\""])).toThrow(/gap/);
  });

  it("refuses a gap with no winner's time", () => {
    expect(() => parseStageTimes([null, "+4s"])).toThrow(/no winner/);
  });
});
