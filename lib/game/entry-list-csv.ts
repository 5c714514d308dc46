// The Stock entry list as admins paste or upload it: one crew per line, read by header names when
// there is a header row, else in the documented column order. Pure: the browser previews with it
// and the server re-reads the same text with it before writing anything. Problems are message keys
// and values (admin.csv), worded by whoever shows them, in the admin's language.
import { csvText, type CsvMessage } from "@/lib/i18n/csv-messages";
import { msg } from "@/lib/i18n/translate";

export const ENTRY_LIST_COLUMNS = [
  "number",
  "driver",
  "coDriver",
  "driverNationality",
  "coDriverNationality",
  "team",
  "vehicle",
  "price",
] as const;
export type EntryListColumn = (typeof ENTRY_LIST_COLUMNS)[number];

/** The header an admin is shown, in the order read when the list has no header row. */
export const ENTRY_LIST_HEADER = "number,driver,co-driver,driver nationality,co-driver nationality,team,vehicle,price";

/** How each column is named in a header: case, spaces, dashes and underscores do not matter. */
const HEADER_NAMES: Record<EntryListColumn, readonly string[]> = {
  number: ["number", "no", "nr", "num", "#", "racenumber", "carnumber", "bib"],
  driver: ["driver", "pilot", "drivername"],
  coDriver: ["codriver", "navigator", "copilot", "codrivername"],
  driverNationality: ["drivernationality", "drivernat", "drivercountry", "nationality", "nat"],
  coDriverNationality: ["codrivernationality", "codrivernat", "codrivercountry", "navigatornationality"],
  team: ["team", "teamname", "entrant"],
  vehicle: ["vehicle", "car", "carmodel", "model", "make"],
  price: ["price", "credits", "cost", "value"],
};

/** A column as the admin reads it (admin.csv.column selects on the column's name). */
const label = (column: EntryListColumn): CsvMessage => ({ key: msg("admin.csv.column"), values: { column } });

export const MAX_ENTRY_LIST_ROWS = 500;
const MAX_NUMBER = 999_999;
const MAX_PRICE = 100_000;
const MAX_TEXT = 80;

export type EntryListRow = {
  line: number;
  number: number;
  driver: string;
  coDriver: string | null;
  driverNationality: string | null;
  coDriverNationality: string | null;
  team: string;
  vehicle: string | null;
  price: number;
};

/** One problem: the line it is on (1 = the first line of the text), the column, and why (worded by wordCsvMessage). */
export type EntryListProblem = { line: number; field: EntryListColumn | null; message: CsvMessage };

export type EntryListParse = { ok: true; rows: EntryListRow[] } | { ok: false; rows: EntryListRow[]; problems: EntryListProblem[] };

const normalise = (name: string) => name.toLowerCase().replace(/[\s_\-.]+/g, "");

/** Fields of one line: `"..."` may hold the delimiter, and `""` inside quotes is a quote. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let current = "";
  let isQuoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (isQuoted) {
      if (char === '"' && line[index + 1] === '"') {
        current += '"';
        index++;
      } else if (char === '"') isQuoted = false;
      else current += char;
    } else if (char === '"' && current.trim() === "") {
      current = "";
      isQuoted = true;
    } else if (char === delimiter) {
      fields.push(current.trim());
      current = "";
    } else current += char;
  }
  fields.push(current.trim());
  return fields;
}

function pickDelimiter(line: string): string {
  if (line.includes("\t")) return "\t";
  return line.includes(";") && !line.includes(",") ? ";" : ",";
}

type Header = { columns: Map<EntryListColumn, number> } | { problem: CsvMessage };

/** Reads a header row by names, or null when the first line is a crew (it starts with a number). */
function readHeader(fields: readonly string[]): Header | null {
  if (/^#?\d+$/.test(fields[0] ?? "")) return null;
  const columns = new Map<EntryListColumn, number>();
  const unknown: string[] = [];
  fields.forEach((name, index) => {
    const column = ENTRY_LIST_COLUMNS.find((candidate) => HEADER_NAMES[candidate].some((alias) => normalise(alias) === normalise(name)));
    if (column && !columns.has(column)) columns.set(column, index);
    else if (name !== "") unknown.push(name);
  });
  const missing = (["number", "driver", "team", "price"] as const).filter((column) => !columns.has(column));
  if (missing.length > 0) {
    const names = missing.map(label);
    const values = { missing: names, header: ENTRY_LIST_HEADER };
    return {
      problem:
        unknown.length > 0
          ? { key: msg("admin.csv.entryList.headerLacksUnknown"), values: { ...values, unknown: unknown.map(csvText) } }
          : { key: msg("admin.csv.entryList.headerLacks"), values },
    };
  }
  return { columns };
}

const DEFAULT_COLUMNS = new Map(ENTRY_LIST_COLUMNS.map((column, index) => [column, index]));

function readLine(fields: readonly string[], columns: Map<EntryListColumn, number>, line: number) {
  const problems: EntryListProblem[] = [];
  // Line numbers and race numbers go as text: ICU would write 1000 as "1,000".
  const fail = (field: EntryListColumn, problem: CsvMessage) =>
    problems.push({
      line,
      field,
      message: { key: msg("admin.csv.entryList.atField"), values: { line: String(line), field: label(field), problem } },
    });
  const get = (column: EntryListColumn) => fields[columns.get(column) ?? -1] ?? "";
  const text = (column: EntryListColumn, isRequired: boolean): string | null => {
    const value = get(column);
    if (value === "") {
      if (isRequired) fail(column, { key: msg("admin.csv.entryList.missing") });
      return null;
    }
    if (value.length > MAX_TEXT) fail(column, { key: msg("admin.csv.entryList.tooLong"), values: { max: MAX_TEXT } });
    else if (/[\u0000-\u001f\u007f<>]/.test(value)) fail(column, { key: msg("admin.csv.entryList.badCharacter") });
    return value;
  };
  const nationality = (column: EntryListColumn): string | null => {
    const value = get(column).toUpperCase();
    if (value === "") return null;
    if (!/^[A-Z]{3}$/.test(value)) fail(column, { key: msg("admin.csv.entryList.badNationality"), values: { text: get(column) } });
    return value;
  };
  const whole = (column: "number" | "price", raw: string, max: number): number | null => {
    if (raw === "") {
      fail(column, { key: msg("admin.csv.entryList.missing") });
      return null;
    }
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
      const key = column === "number" ? msg("admin.csv.entryList.badNumber") : msg("admin.csv.entryList.badPrice");
      fail(column, { key, values: { max: String(max), text: raw } });
      return null;
    }
    return Number(raw);
  };

  const extra = fields.length - Math.max(...columns.values()) - 1;
  if (extra > 0 && fields.slice(-extra).some((field) => field !== "")) {
    problems.push({
      line,
      field: null,
      message: {
        key: msg("admin.csv.entryList.extraFields"),
        values: { line: String(line), count: fields.length, expected: columns.size },
      },
    });
  }
  const row = {
    line,
    number: whole("number", get("number").replace(/^#/, ""), MAX_NUMBER),
    driver: text("driver", true),
    coDriver: text("coDriver", false),
    driverNationality: nationality("driverNationality"),
    coDriverNationality: nationality("coDriverNationality"),
    team: text("team", true),
    vehicle: text("vehicle", false),
    price: whole("price", get("price"), MAX_PRICE),
  };
  return { row, problems };
}

/**
 * Reads an entry list: an optional header row (columns found by name, in any order; number, driver,
 * team and price required), then one crew per line, comma, semicolon or tab separated, blank lines
 * skipped. Every problem names its line and column; `rows` holds the lines without any.
 */
export function parseEntryListCsv(text: string): EntryListParse {
  const lines = text
    .split(/\r\n|\n|\r/)
    .map((content, index) => ({ content: content.replace(/^\uFEFF/, ""), line: index + 1 }))
    .filter(({ content }) => content.trim() !== "");
  const first = lines[0];
  if (!first)
    return {
      ok: false,
      rows: [],
      problems: [{ line: 1, field: null, message: { key: msg("admin.csv.entryList.empty") } }],
    };
  const delimiter = pickDelimiter(first.content);
  const header = readHeader(splitCsvLine(first.content, delimiter));
  if (header && "problem" in header) {
    return {
      ok: false,
      rows: [],
      problems: [
        {
          line: first.line,
          field: null,
          message: { key: msg("admin.csv.atLine"), values: { line: String(first.line), problem: header.problem } },
        },
      ],
    };
  }
  const body = header ? lines.slice(1) : lines;
  if (body.length === 0)
    return { ok: false, rows: [], problems: [{ line: first.line, field: null, message: { key: msg("admin.csv.entryList.noCrews") } }] };
  if (body.length > MAX_ENTRY_LIST_ROWS) {
    return {
      ok: false,
      rows: [],
      problems: [
        {
          line: 1,
          field: null,
          message: { key: msg("admin.csv.entryList.tooMany"), values: { count: body.length, max: MAX_ENTRY_LIST_ROWS } },
        },
      ],
    };
  }

  const columns = header?.columns ?? DEFAULT_COLUMNS;
  const problems: EntryListProblem[] = [];
  const rows: EntryListRow[] = [];
  const numbers = new Map<number, number>();
  for (const { content, line } of body) {
    const read = readLine(splitCsvLine(content, delimiter), columns, line);
    problems.push(...read.problems);
    const { number } = read.row;
    if (number !== null) {
      const firstLine = numbers.get(number);
      if (firstLine !== undefined)
        problems.push({
          line,
          field: "number",
          message: {
            key: msg("admin.csv.entryList.atField"),
            values: {
              line: String(line),
              field: label("number"),
              problem: { key: msg("admin.csv.entryList.duplicateNumber"), values: { number: String(number), first: String(firstLine) } },
            },
          },
        });
      else numbers.set(number, line);
    }
    const { row } = read;
    if (read.problems.length === 0 && row.number !== null && row.driver !== null && row.team !== null && row.price !== null) {
      rows.push({ ...row, number: row.number, driver: row.driver, team: row.team, price: row.price });
    }
  }
  const badLines = new Set(problems.map((problem) => problem.line));
  const goodRows = rows.filter((row) => !badLines.has(row.line));
  return problems.length === 0 ? { ok: true, rows: goodRows } : { ok: false, rows: goodRows, problems };
}
