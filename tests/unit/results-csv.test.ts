import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseRaceTime, parseResultsCsv, resultsGridSchema } from "@/lib/game/results-csv";
import { wordCsvMessage } from "@/lib/i18n/csv-messages";
import { translateEnglish } from "@/lib/i18n/translate";

// Crew ids differ from race numbers on purpose; the privateer has no number yet.
const crews = [
  { id: 11, number: 500 },
  { id: 12, number: 501 },
  { id: 13, number: 502 },
  { id: 14, number: 503 },
  { id: 15, number: 504 },
  { id: 16, number: null },
];

const messagesOf = (text: string) => {
  const result = parseResultsCsv(text, crews);
  // Problems are keys and values; in English they read as they always have.
  return result.ok ? [] : result.errors.map((error) => `${error.line}: ${wordCsvMessage(error.message, translateEnglish)}`);
};

describe("parseRaceTime", () => {
  it.each([
    [`4h04'59"`, 4 * 3600 + 4 * 60 + 59],
    [`55'51"`, 55 * 60 + 51],
    [`55'51`, 55 * 60 + 51],
    [`4h 04' 59"`, 14_699],
    ["4:04:59", 14_699],
    ["12:03", 723],
    ["75:00", 4500],
    ["3600", 3600],
    ["48min", 2880],
    ["90s", 90],
    ["24h", 86_400],
  ])("reads %s as %i seconds", (text, seconds) => {
    expect(parseRaceTime(text)).toEqual({ ok: true, seconds });
  });

  it("treats an empty cell as no time", () => {
    expect(parseRaceTime("  ")).toEqual({ ok: true, seconds: null });
  });

  it.each([`4h75'00"`, "4:60:00", "12:75", `1'75"`, "abc", "4.5", "+6'49\"", "999999999"])("refuses %s", (text) => {
    expect(parseRaceTime(text).ok).toBe(false);
  });

  it("says a gap is not an elapsed time", () => {
    const parsed = parseRaceTime(`+6'49"`);
    expect(parsed.ok ? "" : wordCsvMessage(parsed.message, translateEnglish)).toBe(
      `"+6'49"" is a gap to the winner: give the elapsed time`,
    );
  });
});

describe("parseResultsCsv", () => {
  it("reads a classification with every accepted format, defaults and blank lines", () => {
    const text = [
      "",
      " Position , NUMBER , Time , Penalty , Status ",
      `1,502,4h04'59",,`,
      `2, #503 , 4:11:48 , 60 , finished`,
      "",
      `3,501,"4h13'17""",2'00",`,
      `,500,,,DNF`,
      `,504,,,dns`,
    ].join("\r\n");
    expect(parseResultsCsv(text, crews)).toEqual({
      ok: true,
      rows: [
        { crewId: 13, position: 1, timeSeconds: 14_699, penaltySeconds: 0, status: "FINISHED" },
        { crewId: 14, position: 2, timeSeconds: 15_108, penaltySeconds: 60, status: "FINISHED" },
        { crewId: 12, position: 3, timeSeconds: 15_197, penaltySeconds: 120, status: "FINISHED" },
        { crewId: 11, position: null, timeSeconds: null, penaltySeconds: 0, status: "DNF" },
        { crewId: 15, position: null, timeSeconds: null, penaltySeconds: 0, status: "DNS" },
      ],
    });
  });

  it("takes columns in any order, optional ones left out, and tab or semicolon separators", () => {
    expect(parseResultsCsv("number\tposition\n502\t1\n500\t2", crews)).toMatchObject({
      ok: true,
      rows: [
        { crewId: 13, position: 1 },
        { crewId: 11, position: 2 },
      ],
    });
    expect(parseResultsCsv("position;number;time\n1;504;12'03\"", crews)).toMatchObject({
      ok: true,
      rows: [{ crewId: 15, timeSeconds: 723 }],
    });
  });

  it("requires the header", () => {
    expect(messagesOf("1,502,,,\n2,503,,,")).toEqual([
      `1: line 1: missing header: the first line must be "position,number,time,penalty,status"`,
    ]);
    expect(messagesOf("place,car\n1,502")).toEqual([expect.stringContaining("header lacks the position and number column")]);
    expect(messagesOf("   \n")).toEqual([expect.stringContaining("nothing pasted")]);
    expect(messagesOf("position,number,time,penalty,status\n\n")).toEqual(["1: no result rows below the header"]);
  });

  it("names each bad row by its line and keeps the good ones", () => {
    const text = [
      "position,number,time,penalty,status",
      "1,502,,,", // 2: fine
      "2,999,,,", // 3: unknown number
      "3,503,4h75',,", // 4: bad time
      "4,504,,soon,", // 5: bad penalty
      "5,501,,,RETIRED", // 6: bad status
      ",500,,,", // 7: missing position for a finisher
      "x,500,,,DNF", // 8: bad position, duplicate number
    ].join("\n");
    const result = parseResultsCsv(text, crews);
    expect(result.ok).toBe(false);
    expect(messagesOf(text)).toEqual([
      "3: line 3: unknown number 999: no crew of this event has it",
      `4: line 4: bad time: "4h75'" has minutes or seconds of 60 or more`,
      `5: line 5: bad penalty: "soon" is not a time: use 4h04'59", 55'51", H:MM:SS, MM:SS or seconds`,
      `6: line 6: bad status "RETIRED": use FINISHED, DNF, DSQ or DNS`,
      "7: line 7: missing position: a FINISHED crew needs its position (or a status DNF, DSQ or DNS)",
      `8: line 8: bad position "x": use 1, 2, 3…`,
      "8: line 8: duplicate number 500: already on line 7",
    ]);
    expect(result.rows).toEqual([{ crewId: 13, position: 1, timeSeconds: null, penaltySeconds: 0, status: "FINISHED" }]);
  });

  it("refuses duplicate positions, gaps and positions for non-finishers", () => {
    const text = ["position,number,time,penalty,status", "1,502", "1,503", "3,504", "6,501", "2,500,,,DSQ"].join("\n");
    expect(messagesOf(text)).toEqual([
      "3: line 3: duplicate position 1: already on line 2",
      "4: line 4: gap in finisher positions: no finisher at position 2 (finishers run 1, 2, 3… without gaps)",
      "5: line 5: gap in finisher positions: no finisher at positions 4–5 (finishers run 1, 2, 3… without gaps)",
      "6: line 6: position given for a non-finisher: a DSQ crew has no position",
    ]);
  });

  it("does not report a gap behind a row whose other cells are bad", () => {
    expect(messagesOf("position,number,time\n1,502,\n2,503,never\n3,504,")).toEqual([
      `3: line 3: bad time: "never" is not a time: use 4h04'59", 55'51", H:MM:SS, MM:SS or seconds`,
    ]);
  });

  it("cannot pick a crew without a race number", () => {
    expect(messagesOf("position,number\n1,\n")).toEqual(["2: line 2: missing number"]);
  });
});

describe("resultsGridSchema", () => {
  it("reads form values, typed times included, with defaults", () => {
    const rows = resultsGridSchema.parse([
      { crewId: "13", position: "1", timeSeconds: `4h04'59"`, penaltySeconds: "", status: "finished" },
      { crewId: 14, position: 2, timeSeconds: 15_108, penaltySeconds: 60, status: "FINISHED" },
      { crewId: 11, position: "", status: "DNF" },
    ]);
    expect(rows).toEqual([
      { crewId: 13, position: 1, timeSeconds: 14_699, penaltySeconds: 0, status: "FINISHED" },
      { crewId: 14, position: 2, timeSeconds: 15_108, penaltySeconds: 60, status: "FINISHED" },
      { crewId: 11, position: null, timeSeconds: null, penaltySeconds: 0, status: "DNF" },
    ]);
  });

  const issuesOf = (rows: unknown) => {
    const result = resultsGridSchema.safeParse(rows);
    return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
  };

  it("applies the same cross-row checks, at [row, field]", () => {
    const issues = issuesOf([
      { crewId: 13, position: 1, status: "FINISHED" },
      { crewId: 13, position: 3, status: "FINISHED" },
      { crewId: 14, position: null, status: "FINISHED" },
      { crewId: 15, position: 2, status: "DNS" },
    ]);
    expect(issues).toEqual([
      ["1.crewId", "row 2: duplicate crew 13: already on row 1"],
      ["2.position", "row 3: missing position: a FINISHED crew needs its position (or a status DNF, DSQ or DNS)"],
      ["3.position", "row 4: position given for a non-finisher: a DNS crew has no position"],
      ["1.position", "row 2: gap in finisher positions: no finisher at position 2 (finishers run 1, 2, 3… without gaps)"],
    ]);
  });

  it("reports a bad cell at its field, before any cross-row check", () => {
    const result = resultsGridSchema.safeParse([{ crewId: 16, position: null, timeSeconds: "late", status: "DNF" }]);
    expect(result.success).toBe(false);
    expect(z.treeifyError(result.error!).items?.[0]?.properties?.timeSeconds?.errors).toEqual([
      `bad time: "late" is not a time: use 4h04'59", 55'51", H:MM:SS, MM:SS or seconds`,
    ]);
  });

  it("refuses a status outside the four and a fractional position", () => {
    expect(resultsGridSchema.safeParse([{ crewId: 1, position: 1.5, status: "FINISHED" }]).success).toBe(false);
    expect(resultsGridSchema.safeParse([{ crewId: 1, position: null, status: "OUT" }]).success).toBe(false);
  });
});
