// Stage results as admins enter them: a grid (one row per crew) or a pasted classification CSV.
// Both go through the same cross-row checker, so a grid and a CSV are refused for the same reasons.
// Problems are message keys and values (admin.csv), worded by whoever shows them.
import { z } from "zod";
import { wordCsvMessage, type CsvMessage } from "@/lib/i18n/csv-messages";
import { msg, translateEnglish } from "@/lib/i18n/translate";
import { finishStatusSchema, type FinishStatus } from "@/lib/game/scoring/input-schema";
import { idSchema } from "@/lib/validation/params";

/** One crew's line of a stage result (or the final classification) as the data functions store it. */
export type ResultEntry = {
  crewId: number;
  position: number | null;
  timeSeconds: number | null;
  penaltySeconds: number;
  status: FinishStatus;
};

/** A problem with one row; `index` is the row's place in the list checked. */
export type ResultRowProblem = { index: number; field: "crewId" | "position" | "status"; message: CsvMessage };

type CheckedRow = { crewId: number | null; position: number | null; status: FinishStatus | null };

// Ten days: a stage time plus the longest penalty ever given fits; anything bigger is a typo.
const MAX_SECONDS = 864_000;
const MAX_POSITION = 10_000;
// The examples are what an admin types, the same in every language; "or seconds" is in the message.
const EXAMPLES = `4h04'59", 55'51", H:MM:SS, MM:SS`;
const RALLY = /^(?:(\d+)h)?(?:(\d+)(?:min|['’′]))?(?:(\d+)(?:s|["”″]))?$/i;
const CLOCK = /^(?:(\d+):)?(\d+):(\d\d)$/;

export type ParsedTime = { ok: true; seconds: number | null } | { ok: false; message: CsvMessage };

/** Seconds in a race time (`4h04'59"`, `55'51"`, `H:MM:SS`, `MM:SS`, plain seconds); empty is null. */
export function parseRaceTime(text: string): ParsedTime {
  const value = text.replace(/\s+/g, "");
  if (value === "") return { ok: true, seconds: null };
  if (value.startsWith("+")) return { ok: false, message: { key: msg("admin.csv.time.gap"), values: { text } } };
  // `55'51` without its closing second mark is still unambiguous.
  const normalised = /['’′]\d+$/.test(value) ? `${value}"` : value;
  const clock = CLOCK.exec(normalised);
  const rally = clock ? null : RALLY.exec(normalised);
  let parts: [string | undefined, string | undefined, string | undefined];
  if (/^\d+$/.test(normalised)) parts = [undefined, undefined, normalised];
  else if (clock) parts = [clock[1], clock[2], clock[3]];
  else if (rally && (rally[1] ?? rally[2] ?? rally[3]) !== undefined) parts = [rally[1], rally[2], rally[3]];
  else return { ok: false, message: { key: msg("admin.csv.time.notTime"), values: { text, formats: EXAMPLES } } };
  const [h, m, s] = parts.map((part) => (part === undefined ? undefined : Number(part)));
  if ((h !== undefined && (m ?? 0) >= 60) || (m !== undefined && (s ?? 0) >= 60)) {
    return { ok: false, message: { key: msg("admin.csv.time.sixty"), values: { text } } };
  }
  const seconds = (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
  if (seconds > MAX_SECONDS) return { ok: false, message: { key: msg("admin.csv.time.tooLong"), values: { text } } };
  return { ok: true, seconds };
}

type CheckOptions = { where: (index: number) => CsvMessage; crewName: (crewId: number) => CsvMessage };

function findGaps(rows: readonly CheckedRow[], where: CheckOptions["where"]): ResultRowProblem[] {
  const holders = new Map<number, number>();
  rows.forEach((row, index) => {
    const isFinisher = row.status === null || row.status === "FINISHED";
    if (row.position !== null && isFinisher && !holders.has(row.position)) holders.set(row.position, index);
  });
  const problems: ResultRowProblem[] = [];
  let expected = 1;
  for (const position of [...holders.keys()].sort((a, b) => a - b)) {
    if (position > expected) {
      const index = holders.get(position)!;
      const missing: CsvMessage =
        position - 1 === expected
          ? { key: msg("admin.csv.rows.position"), values: { position: String(expected) } }
          : { key: msg("admin.csv.rows.positions"), values: { from: String(expected), to: String(position - 1) } };
      problems.push({ index, field: "position", message: { key: msg("admin.csv.rows.gap"), values: { where: where(index), missing } } });
    }
    expected = position + 1;
  }
  return problems;
}

/**
 * The checks that need more than one row: each crew once, each position once, finishers on 1..n without
 * gaps; and per row, a position exactly when the crew FINISHED. A null field (unreadable) is skipped.
 */
export function findResultRowProblems(rows: readonly CheckedRow[], { where, crewName }: CheckOptions): ResultRowProblem[] {
  const problems: ResultRowProblem[] = [];
  const crews = new Map<number, number>();
  const positions = new Map<number, number>();
  rows.forEach((row, index) => {
    if (row.crewId !== null) {
      const first = crews.get(row.crewId);
      if (first !== undefined)
        problems.push({
          index,
          field: "crewId",
          message: {
            key: msg("admin.csv.rows.duplicateCrew"),
            values: { where: where(index), crew: crewName(row.crewId), first: where(first) },
          },
        });
      else crews.set(row.crewId, index);
    }
    if (row.position !== null) {
      const first = positions.get(row.position);
      if (first !== undefined)
        problems.push({
          index,
          field: "position",
          message: {
            key: msg("admin.csv.rows.duplicatePosition"),
            values: { where: where(index), position: String(row.position), first: where(first) },
          },
        });
      else positions.set(row.position, index);
    }
    if (row.status === "FINISHED" && row.position === null) {
      problems.push({
        index,
        field: "position",
        message: { key: msg("admin.csv.rows.missingPosition"), values: { where: where(index) } },
      });
    }
    if (row.status !== null && row.status !== "FINISHED" && row.position !== null) {
      problems.push({
        index,
        field: "position",
        message: { key: msg("admin.csv.rows.nonFinisherPosition"), values: { where: where(index), status: row.status } },
      });
    }
  });
  return [...problems, ...findGaps(rows, where)];
}

// ---------------------------------------------------------------- grid (admin form)

/**
 * A grid issue: English text for zod's own readers, and the problem as a message in `params`, so the
 * server words it in the admin's language (checkResultEntries). A cross-row problem comes with its
 * path and already names its row.
 */
function addGridIssue(ctx: z.RefinementCtx, problem: CsvMessage, path?: (string | number)[]) {
  const message = wordCsvMessage(problem, translateEnglish);
  ctx.addIssue({ code: "custom", message, params: { problem, namesRow: path !== undefined }, ...(path ? { path } : {}) });
}

/** The message a grid issue carries (addGridIssue), and whether it names its row, if it is one. */
export function readGridProblem(issue: z.core.$ZodIssue): { problem: CsvMessage; namesRow: boolean } | null {
  if (issue.code !== "custom") return null;
  const problem = issue.params?.problem as CsvMessage | undefined;
  return problem && typeof problem.key === "string" ? { problem, namesRow: issue.params?.namesRow === true } : null;
}

function readNullableInt(max: number) {
  return z.union([z.number(), z.string(), z.null()]).transform((value, ctx): number | null => {
    const text = typeof value === "string" ? value.trim() : value;
    if (text === null || text === "") return null;
    const number = Number(text);
    if (Number.isInteger(number) && number >= 1 && number <= max) return number;
    addGridIssue(ctx, { key: msg("admin.csv.rows.wholeNumber"), values: { text: String(text), max: String(max) } });
    return z.NEVER;
  });
}

function readSeconds(label: "time" | "penalty") {
  const key = label === "time" ? msg("admin.csv.results.badTime") : msg("admin.csv.results.badPenalty");
  return z.union([z.number(), z.string(), z.null()]).transform((value, ctx): number | null => {
    if (value === null) return null;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_SECONDS) return value;
    const parsed: ParsedTime =
      typeof value === "string"
        ? parseRaceTime(value)
        : { ok: false, message: { key: msg("admin.csv.time.notTime"), values: { text: String(value), formats: EXAMPLES } } };
    if (parsed.ok) return parsed.seconds;
    addGridIssue(ctx, { key, values: { problem: parsed.message } });
    return z.NEVER;
  });
}

/** A status as typed, any case; anything else is named in the refusal. */
const gridStatusSchema = z.unknown().transform((value, ctx): FinishStatus => {
  const text = typeof value === "string" ? value.trim().toUpperCase() : value;
  const parsed = finishStatusSchema.safeParse(text);
  if (parsed.success) return parsed.data;
  addGridIssue(ctx, { key: msg("admin.csv.results.badStatus"), values: { text: String(value ?? "") } });
  return z.NEVER;
});

/** One grid row; times may come as seconds or as typed text (`4h04'59"`). */
export const resultEntrySchema = z.object({
  crewId: idSchema(),
  position: readNullableInt(MAX_POSITION).default(null),
  timeSeconds: readSeconds("time").default(null),
  penaltySeconds: readSeconds("penalty")
    .default(null)
    .transform((value) => value ?? 0),
  status: gridStatusSchema,
});

/** The whole grid, with the cross-row checks reported at `[row, field]`. */
export const resultsGridSchema = z
  .array(resultEntrySchema)
  .max(500)
  .superRefine((rows, ctx) => {
    const problems = findResultRowProblems(rows, {
      where: (index) => ({ key: msg("admin.csv.rows.row"), values: { row: String(index + 1) } }),
      crewName: (crewId) => ({ key: msg("admin.csv.rows.crew"), values: { crew: String(crewId) } }),
    });
    for (const problem of problems) addGridIssue(ctx, problem.message, [problem.index, problem.field]);
  });

// ---------------------------------------------------------------- pasted CSV

export type CsvCrew = { id: number; number: number | null };
export type CsvError = { line: number; message: CsvMessage };
export type ParseResultsCsvResult = { ok: true; rows: ResultEntry[] } | { ok: false; errors: CsvError[]; rows: ResultEntry[] };

const COLUMNS = ["position", "number", "time", "penalty", "status"] as const;
type Column = (typeof COLUMNS)[number];
const HEADER = COLUMNS.join(",");

// Line numbers go as text: ICU would write 1000 as "1,000".
const atLine = (line: number, problem: CsvMessage): CsvMessage => ({
  key: msg("admin.csv.atLine"),
  values: { line: String(line), problem },
});

function splitFields(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((field) => {
    const trimmed = field.trim();
    // A spreadsheet quotes a field holding `"`: "4h04'59""" is 4h04'59".
    return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
      ? trimmed.slice(1, -1).replaceAll('""', '"').trim()
      : trimmed;
  });
}

function readHeader(text: string, delimiter: string): { columns: Map<Column, number> } | { message: CsvMessage } {
  const names = splitFields(text, delimiter).map((name) => name.toLowerCase());
  const columns = new Map<Column, number>();
  names.forEach((name, index) => {
    if ((COLUMNS as readonly string[]).includes(name)) columns.set(name as Column, index);
  });
  const missing = (["position", "number"] as const).filter((name) => !columns.has(name));
  if (missing.length === 0) return { columns };
  const looksLikeData = /^\s*\d/.test(text);
  return {
    message: looksLikeData
      ? { key: msg("admin.csv.results.missingHeader"), values: { header: HEADER } }
      : { key: msg("admin.csv.results.headerLacks"), values: { missing: missing.length === 2 ? "both" : missing[0]!, header: HEADER } },
  };
}

type ParsedLine = { line: number; row: CheckedRow & { timeSeconds: number | null; penaltySeconds: number }; errors: CsvMessage[] };

function parseLine(
  fields: readonly string[],
  columns: Map<Column, number>,
  byNumber: ReadonlyMap<number, number>,
  line: number,
): ParsedLine {
  const get = (column: Column) => fields[columns.get(column) ?? -1] ?? "";
  const errors: CsvMessage[] = [];
  const number = /^#?(\d+)$/.exec(get("number"))?.[1];
  const crewId = number === undefined ? undefined : byNumber.get(Number(number));
  if (get("number") === "") errors.push({ key: msg("admin.csv.results.missingNumber") });
  else if (number === undefined) errors.push({ key: msg("admin.csv.results.badNumber"), values: { text: get("number") } });
  else if (crewId === undefined) errors.push({ key: msg("admin.csv.results.unknownNumber"), values: { number } });
  const positionMatch = /^p?(\d+)\.?$/i.exec(get("position"))?.[1];
  const position = positionMatch === undefined ? null : Number(positionMatch);
  const isPositionBad = get("position") !== "" && (position === null || position < 1 || position > MAX_POSITION);
  if (isPositionBad) errors.push({ key: msg("admin.csv.results.badPosition"), values: { text: get("position") } });
  const time = parseRaceTime(get("time"));
  if (!time.ok) errors.push({ key: msg("admin.csv.results.badTime"), values: { problem: time.message } });
  const penalty = parseRaceTime(get("penalty"));
  if (!penalty.ok) errors.push({ key: msg("admin.csv.results.badPenalty"), values: { problem: penalty.message } });
  const statusText = get("status").toUpperCase();
  const status = statusText === "" ? "FINISHED" : finishStatusSchema.safeParse(statusText).data;
  if (status === undefined) errors.push({ key: msg("admin.csv.results.badStatus"), values: { text: get("status") } });
  return {
    line,
    row: {
      crewId: crewId ?? null,
      position: isPositionBad ? null : position,
      // An unreadable position is reported as such, not again as a missing one.
      status: isPositionBad ? null : (status ?? null),
      timeSeconds: time.ok ? time.seconds : null,
      penaltySeconds: penalty.ok ? (penalty.seconds ?? 0) : 0,
    },
    errors,
  };
}

/**
 * Reads a pasted classification: a header naming the columns (position and number required; time,
 * penalty and status optional), then one crew per line. Comma, semicolon or tab separated; blank lines
 * are skipped. Every problem names its line; `rows` holds the lines that have none.
 */
export function parseResultsCsv(text: string, crews: readonly CsvCrew[]): ParseResultsCsvResult {
  const lines = text.split(/\r\n|\n|\r/).map((content, index) => ({ content, line: index + 1 }));
  const [header, ...body] = lines.filter(({ content }) => content.trim() !== "");
  if (!header)
    return { ok: false, errors: [{ line: 1, message: { key: msg("admin.csv.results.empty"), values: { header: HEADER } } }], rows: [] };
  const delimiter = header.content.includes("\t") ? "\t" : header.content.includes(";") && !header.content.includes(",") ? ";" : ",";
  const read = readHeader(header.content, delimiter);
  if ("message" in read) return { ok: false, errors: [{ line: header.line, message: atLine(header.line, read.message) }], rows: [] };
  if (body.length === 0) return { ok: false, errors: [{ line: header.line, message: { key: msg("admin.csv.results.noRows") } }], rows: [] };

  const byNumber = new Map(crews.flatMap((crew) => (crew.number === null ? [] : [[crew.number, crew.id] as const])));
  const numberOf = new Map(crews.map((crew) => [crew.id, crew.number]));
  const parsed = body.map(({ content, line }) => parseLine(splitFields(content, delimiter), read.columns, byNumber, line));
  const errors: CsvError[] = parsed.flatMap(({ line, errors: messages }) =>
    messages.map((message) => ({ line, message: atLine(line, message) })),
  );
  const problems = findResultRowProblems(
    parsed.map(({ row }) => row),
    {
      where: (index) => ({ key: msg("admin.csv.rows.line"), values: { line: String(parsed[index]!.line) } }),
      crewName: (crewId) => ({ key: msg("admin.csv.rows.number"), values: { number: String(numberOf.get(crewId) ?? crewId) } }),
    },
  );
  errors.push(...problems.map((problem) => ({ line: parsed[problem.index]!.line, message: problem.message })));
  errors.sort((a, b) => a.line - b.line);

  const badLines = new Set(errors.map((error) => error.line));
  const rows = parsed.flatMap(({ line, row }) =>
    badLines.has(line) || row.crewId === null || row.status === null
      ? []
      : [
          {
            crewId: row.crewId,
            position: row.position,
            timeSeconds: row.timeSeconds,
            penaltySeconds: row.penaltySeconds,
            status: row.status,
          },
        ],
  );
  return errors.length === 0 ? { ok: true, rows } : { ok: false, errors, rows };
}
