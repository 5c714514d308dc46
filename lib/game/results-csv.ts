// Stage results as admins enter them: a grid (one row per crew) or a pasted classification CSV.
// Both go through the same cross-row checker, so a grid and a CSV are refused for the same reasons.
import { z } from "zod";
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
export type ResultRowProblem = { index: number; field: "crewId" | "position" | "status"; message: string };

type CheckedRow = { crewId: number | null; position: number | null; status: FinishStatus | null };

// Ten days: a stage time plus the longest penalty ever given fits; anything bigger is a typo.
const MAX_SECONDS = 864_000;
const MAX_POSITION = 10_000;
const FORMATS = `4h04'59", 55'51", H:MM:SS, MM:SS or seconds`;
const RALLY = /^(?:(\d+)h)?(?:(\d+)(?:min|['’′]))?(?:(\d+)(?:s|["”″]))?$/i;
const CLOCK = /^(?:(\d+):)?(\d+):(\d\d)$/;

export type ParsedTime = { ok: true; seconds: number | null } | { ok: false; message: string };

/** Seconds in a race time (`4h04'59"`, `55'51"`, `H:MM:SS`, `MM:SS`, plain seconds); empty is null. */
export function parseRaceTime(text: string): ParsedTime {
  const value = text.replace(/\s+/g, "");
  if (value === "") return { ok: true, seconds: null };
  if (value.startsWith("+")) return { ok: false, message: `"${text}" is a gap to the winner: give the elapsed time` };
  // `55'51` without its closing second mark is still unambiguous.
  const normalised = /['’′]\d+$/.test(value) ? `${value}"` : value;
  const clock = CLOCK.exec(normalised);
  const rally = clock ? null : RALLY.exec(normalised);
  let parts: [string | undefined, string | undefined, string | undefined];
  if (/^\d+$/.test(normalised)) parts = [undefined, undefined, normalised];
  else if (clock) parts = [clock[1], clock[2], clock[3]];
  else if (rally && (rally[1] ?? rally[2] ?? rally[3]) !== undefined) parts = [rally[1], rally[2], rally[3]];
  else return { ok: false, message: `"${text}" is not a time: use ${FORMATS}` };
  const [h, m, s] = parts.map((part) => (part === undefined ? undefined : Number(part)));
  if ((h !== undefined && (m ?? 0) >= 60) || (m !== undefined && (s ?? 0) >= 60)) {
    return { ok: false, message: `"${text}" has minutes or seconds of 60 or more` };
  }
  const seconds = (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
  if (seconds > MAX_SECONDS) return { ok: false, message: `"${text}" is longer than ten days` };
  return { ok: true, seconds };
}

type CheckOptions = { where: (index: number) => string; crewName: (crewId: number) => string };

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
      const missing = position - 1 === expected ? `position ${expected}` : `positions ${expected}–${position - 1}`;
      problems.push({
        index,
        field: "position",
        message: `${where(index)}: gap in finisher positions: no finisher at ${missing} (finishers run 1, 2, 3… without gaps)`,
      });
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
          message: `${where(index)}: duplicate ${crewName(row.crewId)}: already on ${where(first)}`,
        });
      else crews.set(row.crewId, index);
    }
    if (row.position !== null) {
      const first = positions.get(row.position);
      if (first !== undefined)
        problems.push({
          index,
          field: "position",
          message: `${where(index)}: duplicate position ${row.position}: already on ${where(first)}`,
        });
      else positions.set(row.position, index);
    }
    if (row.status === "FINISHED" && row.position === null) {
      problems.push({
        index,
        field: "position",
        message: `${where(index)}: missing position: a FINISHED crew needs its position (or a status DNF, DSQ or DNS)`,
      });
    }
    if (row.status !== null && row.status !== "FINISHED" && row.position !== null) {
      problems.push({
        index,
        field: "position",
        message: `${where(index)}: position given for a non-finisher: a ${row.status} crew has no position`,
      });
    }
  });
  return [...problems, ...findGaps(rows, where)];
}

// ---------------------------------------------------------------- grid (admin form)

function readNullableInt(label: string, max: number) {
  return z.union([z.number(), z.string(), z.null()]).transform((value, ctx): number | null => {
    const text = typeof value === "string" ? value.trim() : value;
    if (text === null || text === "") return null;
    const number = Number(text);
    if (Number.isInteger(number) && number >= 1 && number <= max) return number;
    ctx.addIssue({ code: "custom", message: `${label} must be a whole number from 1 to ${max}` });
    return z.NEVER;
  });
}

function readSeconds(label: string) {
  return z.union([z.number(), z.string(), z.null()]).transform((value, ctx): number | null => {
    if (value === null) return null;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_SECONDS) return value;
    const parsed: ParsedTime = typeof value === "string" ? parseRaceTime(value) : { ok: false, message: `use ${FORMATS}` };
    if (parsed.ok) return parsed.seconds;
    ctx.addIssue({ code: "custom", message: `bad ${label}: ${parsed.message}` });
    return z.NEVER;
  });
}

/** One grid row; times may come as seconds or as typed text (`4h04'59"`). */
export const resultEntrySchema = z.object({
  crewId: idSchema(),
  position: readNullableInt("position", MAX_POSITION).default(null),
  timeSeconds: readSeconds("time").default(null),
  penaltySeconds: readSeconds("penalty")
    .default(null)
    .transform((value) => value ?? 0),
  status: z.preprocess((value) => (typeof value === "string" ? value.trim().toUpperCase() : value), finishStatusSchema),
});

/** The whole grid, with the cross-row checks reported at `[row, field]`. */
export const resultsGridSchema = z
  .array(resultEntrySchema)
  .max(500)
  .superRefine((rows, ctx) => {
    const problems = findResultRowProblems(rows, { where: (index) => `row ${index + 1}`, crewName: (crewId) => `crew ${crewId}` });
    for (const problem of problems) ctx.addIssue({ code: "custom", path: [problem.index, problem.field], message: problem.message });
  });

// ---------------------------------------------------------------- pasted CSV

export type CsvCrew = { id: number; number: number | null };
export type CsvError = { line: number; message: string };
export type ParseResultsCsvResult = { ok: true; rows: ResultEntry[] } | { ok: false; errors: CsvError[]; rows: ResultEntry[] };

const COLUMNS = ["position", "number", "time", "penalty", "status"] as const;
type Column = (typeof COLUMNS)[number];
const HEADER = COLUMNS.join(",");

function splitFields(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((field) => {
    const trimmed = field.trim();
    // A spreadsheet quotes a field holding `"`: "4h04'59""" is 4h04'59".
    return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
      ? trimmed.slice(1, -1).replaceAll('""', '"').trim()
      : trimmed;
  });
}

function readHeader(text: string, delimiter: string): { columns: Map<Column, number> } | { message: string } {
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
      ? `missing header: the first line must be "${HEADER}"`
      : `header lacks the ${missing.join(" and ")} column (expected "${HEADER}")`,
  };
}

type ParsedLine = { line: number; row: CheckedRow & { timeSeconds: number | null; penaltySeconds: number }; errors: string[] };

function parseLine(
  fields: readonly string[],
  columns: Map<Column, number>,
  byNumber: ReadonlyMap<number, number>,
  line: number,
): ParsedLine {
  const get = (column: Column) => fields[columns.get(column) ?? -1] ?? "";
  const errors: string[] = [];
  const number = /^#?(\d+)$/.exec(get("number"))?.[1];
  const crewId = number === undefined ? undefined : byNumber.get(Number(number));
  if (get("number") === "") errors.push("missing number");
  else if (number === undefined) errors.push(`bad number "${get("number")}": use the crew's race number, e.g. 502`);
  else if (crewId === undefined) errors.push(`unknown number ${number}: no crew of this event has it`);
  const positionMatch = /^p?(\d+)\.?$/i.exec(get("position"))?.[1];
  const position = positionMatch === undefined ? null : Number(positionMatch);
  const isPositionBad = get("position") !== "" && (position === null || position < 1 || position > MAX_POSITION);
  if (isPositionBad) errors.push(`bad position "${get("position")}": use 1, 2, 3…`);
  const time = parseRaceTime(get("time"));
  if (!time.ok) errors.push(`bad time: ${time.message}`);
  const penalty = parseRaceTime(get("penalty"));
  if (!penalty.ok) errors.push(`bad penalty: ${penalty.message}`);
  const statusText = get("status").toUpperCase();
  const status = statusText === "" ? "FINISHED" : finishStatusSchema.safeParse(statusText).data;
  if (status === undefined) errors.push(`bad status "${get("status")}": use FINISHED, DNF, DSQ or DNS`);
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
  if (!header) return { ok: false, errors: [{ line: 1, message: `nothing pasted: start with the header "${HEADER}"` }], rows: [] };
  const delimiter = header.content.includes("\t") ? "\t" : header.content.includes(";") && !header.content.includes(",") ? ";" : ",";
  const read = readHeader(header.content, delimiter);
  if ("message" in read) return { ok: false, errors: [{ line: header.line, message: `line ${header.line}: ${read.message}` }], rows: [] };
  if (body.length === 0) return { ok: false, errors: [{ line: header.line, message: "no result rows below the header" }], rows: [] };

  const byNumber = new Map(crews.flatMap((crew) => (crew.number === null ? [] : [[crew.number, crew.id] as const])));
  const numberOf = new Map(crews.map((crew) => [crew.id, crew.number]));
  const parsed = body.map(({ content, line }) => parseLine(splitFields(content, delimiter), read.columns, byNumber, line));
  const errors: CsvError[] = parsed.flatMap(({ line, errors: messages }) =>
    messages.map((message) => ({ line, message: `line ${line}: ${message}` })),
  );
  const problems = findResultRowProblems(
    parsed.map(({ row }) => row),
    { where: (index) => `line ${parsed[index]!.line}`, crewName: (crewId) => `number ${numberOf.get(crewId) ?? crewId}` },
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
