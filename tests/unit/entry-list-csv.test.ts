import { describe, expect, it } from "vitest";
import { parseEntryListCsv, splitCsvLine } from "@/lib/game/entry-list-csv";
import { wordCsvMessage } from "@/lib/i18n/csv-messages";
import { translateEnglish } from "@/lib/i18n/translate";

const HEADER = "number,driver,co-driver,driver nationality,co-driver nationality,team,vehicle,price";

const messagesOf = (text: string) => {
  const result = parseEntryListCsv(text);
  // Problems are keys and values; in English they read as they always have.
  return result.ok ? [] : result.problems.map((problem) => wordCsvMessage(problem.message, translateEnglish));
};

describe("parseEntryListCsv", () => {
  it("reads a list with the documented header, trimming every field", () => {
    const result = parseEntryListCsv(
      `${HEADER}\n 500 , Stéphane Peterhansel , Mika Metge, fra , FRA , Defender Rally , Defender D7X-R , 38 \n\n501,Sara Price,Sean Berriman,USA,USA,Defender Rally,,30`,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          number: 500,
          driver: "Stéphane Peterhansel",
          coDriver: "Mika Metge",
          driverNationality: "FRA",
          coDriverNationality: "FRA",
          team: "Defender Rally",
          vehicle: "Defender D7X-R",
          price: 38,
        },
        {
          line: 4,
          number: 501,
          driver: "Sara Price",
          coDriver: "Sean Berriman",
          driverNationality: "USA",
          coDriverNationality: "USA",
          team: "Defender Rally",
          vehicle: null,
          price: 30,
        },
      ],
    });
  });

  it("finds columns by header name in any order, with forgiving names and separators", () => {
    const result = parseEntryListCsv("Price;Team;Driver;No;Co_Driver\n25;Toyota Gazoo;Jean Dupont;#512;\n");
    expect(result.ok && result.rows).toEqual([
      expect.objectContaining({ number: 512, driver: "Jean Dupont", team: "Toyota Gazoo", price: 25, coDriver: null, vehicle: null }),
    ]);
    const tabs = parseEntryListCsv("team\tdriver\tnumber\tprice\nRival\tAna\t7\t10");
    expect(tabs.ok && tabs.rows[0]).toMatchObject({ number: 7, team: "Rival", price: 10 });
  });

  it("reads a list without a header in the documented order, and quoted fields holding commas", () => {
    const result = parseEntryListCsv(`503,"Doe, John",,,,"Team ""A"", Ltd",,12`);
    expect(result.ok && result.rows[0]).toMatchObject({ line: 1, number: 503, driver: "Doe, John", team: 'Team "A", Ltd', price: 12 });
  });

  it("names every bad line and field, and keeps the good lines", () => {
    const text = [
      HEADER,
      "500,Amber Dune,,FRA,,Defender,,38",
      "501,,,,,Defender,,36",
      "502,Cora Wadi,,FR,,Defender,,12.5",
      "abc,Dario Sands,,,,Rival,,24",
      "500,Elif Mirage,,,,Rival,,20",
      "505,Farid,,,,Rival,,",
    ].join("\n");
    const result = parseEntryListCsv(text);
    expect(result.ok).toBe(false);
    expect(messagesOf(text)).toEqual([
      "line 3, driver: missing",
      'line 4, driver nationality: "FR" is not a 3-letter code such as FRA or LTU',
      'line 4, price: must be a whole number of credits from 1 to 100000 ("12.5" is not)',
      'line 5, number: must be a race number from 1 to 999999 ("abc" is not)',
      "line 6, number: 500 is already on line 2",
      "line 7, price: missing",
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    if (!result.ok) expect(result.problems.find((problem) => problem.line === 4)?.field).toBe("driverNationality");
  });

  it("explains an empty paste, a header without its required columns, and too many fields", () => {
    expect(messagesOf("  \n")).toEqual(["nothing to import: paste the entry list or choose its file"]);
    expect(messagesOf("driver,team\nA,B")).toEqual([`line 1: the header lacks number, price: use "${HEADER}"`]);
    expect(messagesOf("nom,pilote,prix\n1,A,2")[0]).toContain('not understood: "nom", "pilote", "prix"');
    expect(messagesOf(`${HEADER}`)).toEqual(["no crews below the header"]);
    expect(messagesOf("500,Amber,,,,Defender,,38,extra,fields")).toEqual(["line 1: 10 fields, expected 8 (quote a value holding a comma)"]);
  });

  it("refuses names with markup or control characters, and overlong ones", () => {
    expect(messagesOf(`500,<script>,,,,Defender,,38`)).toEqual(["line 1, driver: holds a character a name cannot have"]);
    expect(messagesOf(`500,${"x".repeat(81)},,,,Defender,,38`)).toEqual(["line 1, driver: use at most 80 characters"]);
  });

  it("refuses more than 500 crews at once", () => {
    const lines = Array.from({ length: 501 }, (_, index) => `${index + 1},Driver ${index},,,,Team,,10`);
    expect(messagesOf(lines.join("\n"))).toEqual(["501 crews: import at most 500 at once"]);
  });
});

describe("splitCsvLine", () => {
  it("splits on the delimiter outside quotes only", () => {
    expect(splitCsvLine(` a , "b, c" ,"d ""e""",`, ",")).toEqual(["a", "b, c", 'd "e"', ""]);
  });
});
