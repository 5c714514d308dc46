import { describe, expect, it } from "vitest";
import { csvField, defuseFormula, toCsv } from "@/lib/format/csv";

describe("CSV", () => {
  it("quotes fields with commas, quotes, line breaks or edge spaces, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(null)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(defuseFormula(text)).toBe(`'${text}`);
    expect(defuseFormula("Dune Fox")).toBe("Dune Fox");
    expect(csvField(-12)).toBe("-12");
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  it("writes a header row and CRLF line ends", () => {
    expect(
      toCsv(
        ["Rank", "Player"],
        [
          [1, "Ana"],
          [2, null],
        ],
      ),
    ).toBe("Rank,Player\r\n1,Ana\r\n2,\r\n");
  });
});
