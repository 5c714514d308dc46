import "server-only";
import type { Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { ENGLISH_WORDING, stageInSentence, type Wording } from "@/lib/server/admin/wording";
import { wordCsvMessage, type CsvMessage } from "@/lib/i18n/csv-messages";
import { msg, translateIssue } from "@/lib/i18n/translate";
import { readGridProblem, resultsGridSchema, type ResultEntry } from "@/lib/game/results-csv";
import type { z } from "zod";

// The rows' refusals are worded here, in the admin's language (the action passes the request's
// wording), because each names its own row and crew: one AppError's values could not say them all.

function refuse({ t }: Wording, messages: string[]): never {
  const message =
    messages.length === 1
      ? messages[0]!
      : t(msg("admin.csv.rows.problems"), { count: messages.length, list: messages.join(t(msg("admin.csv.rows.listSeparator"))) });
  throw new AppError("INVALID", message, { rows: messages });
}

const at = (index: number): CsvMessage => ({ key: msg("admin.csv.rows.row"), values: { row: String(index + 1) } });

/** A zod issue of the grid, worded: a cross-row one names its row itself, the others get "row 2, time: …". */
function wordIssue({ t }: Wording, issue: z.core.$ZodIssue): string {
  const grid = readGridProblem(issue);
  const text = grid ? wordCsvMessage(grid.problem, t) : translateIssue(issue, t);
  const [row, field] = issue.path;
  if (grid?.namesRow || typeof row !== "number") return text;
  return wordCsvMessage({ key: msg("admin.csv.rows.atField"), values: { where: at(row), field: String(field ?? ""), problem: text } }, t);
}

/**
 * The rows as the grid and the CSV check them, then against the event: its own crews only, and no
 * crew finishing (or classified at the end) after the stage it retired after. `stageNumber` null
 * checks a final classification. Refusals are worded with `wording` (the admin's language).
 */
export async function checkResultEntries(
  tx: Tx,
  eventId: number,
  stageNumber: number | null,
  rows: readonly ResultEntry[],
  wording: Wording = ENGLISH_WORDING,
): Promise<ResultEntry[]> {
  const parsed = resultsGridSchema.safeParse(rows);
  if (!parsed.success)
    refuse(
      wording,
      parsed.error.issues.map((issue) => wordIssue(wording, issue)),
    );
  const crews = await tx.crew.findMany({
    where: { id: { in: parsed.data.map((row) => row.crewId) } },
    select: { id: true, eventId: true, number: true, driver: true, retiredAfter: { select: { number: true } } },
  });
  const byId = new Map(crews.map((crew) => [crew.id, crew]));
  const problems = parsed.data.flatMap((row, index): CsvMessage[] => {
    const crew = byId.get(row.crewId);
    if (!crew || crew.eventId !== eventId)
      return [{ key: msg("admin.csv.rows.notInField"), values: { where: at(index), crew: String(row.crewId) } }];
    const retiredAfter = crew.retiredAfter?.number;
    const isOut = retiredAfter !== undefined && (stageNumber === null || retiredAfter < stageNumber);
    if (!isOut || row.status !== "FINISHED") return [];
    const values = {
      where: at(index),
      crew: crew.number === null ? crew.driver : `#${crew.number} ${crew.driver}`,
      after: stageInSentence(wording, { number: retiredAfter }),
    };
    return stageNumber === null
      ? [{ key: msg("admin.csv.rows.retiredClassified"), values }]
      : [{ key: msg("admin.csv.rows.retiredFinished"), values: { ...values, stage: stageInSentence(wording, { number: stageNumber }) } }];
  });
  if (problems.length > 0)
    refuse(
      wording,
      problems.map((problem) => wordCsvMessage(problem, wording.t)),
    );
  return parsed.data;
}

type StoredRow = Omit<ResultEntry, "penaltySeconds"> & { penaltySeconds?: number };

/** Rows in classification order (finishers by position, then the rest by crew), for audit snapshots. */
export function sortEntries<T extends StoredRow>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || a.crewId - b.crewId);
}

const sameRow = (a: StoredRow, b: StoredRow) =>
  a.position === b.position &&
  a.status === b.status &&
  a.timeSeconds === b.timeSeconds &&
  (a.penaltySeconds ?? 0) === (b.penaltySeconds ?? 0);

/** Which stored crews to delete and which rows to insert; identical rows stay untouched. */
function diffRows(current: readonly StoredRow[], next: readonly ResultEntry[]) {
  const nextByCrew = new Map(next.map((row) => [row.crewId, row]));
  const currentByCrew = new Map(current.map((row) => [row.crewId, row]));
  const stale = current.filter((row) => {
    const kept = nextByCrew.get(row.crewId);
    return !kept || !sameRow(row, kept);
  });
  const fresh = next.filter((row) => {
    const kept = currentByCrew.get(row.crewId);
    return !kept || !sameRow(kept, row);
  });
  return { stale: stale.map((row) => row.crewId), fresh, isChanged: stale.length > 0 || fresh.length > 0 };
}

const ROW_SELECT = { crewId: true, position: true, status: true, timeSeconds: true } as const;

/**
 * Replaces a stage's result rows. Changed rows are deleted before the new ones are inserted, so
 * positions moving between crews never trip the (stage, position) unique index.
 */
export async function replaceStageRows(tx: Tx, stageId: number, rows: readonly ResultEntry[]) {
  const before = sortEntries(await tx.stageResult.findMany({ where: { stageId }, select: { ...ROW_SELECT, penaltySeconds: true } }));
  const { stale, fresh, isChanged } = diffRows(before, rows);
  if (stale.length > 0) await tx.stageResult.deleteMany({ where: { stageId, crewId: { in: stale } } });
  if (fresh.length > 0) await tx.stageResult.createMany({ data: fresh.map((row) => ({ stageId, ...row })) });
  return { before, after: sortEntries(rows), isChanged };
}

/** Replaces an event's final classification rows (no penalties there) the same way. */
export async function replaceFinalRows(tx: Tx, eventId: number, rows: readonly ResultEntry[]) {
  const before = sortEntries(await tx.finalResult.findMany({ where: { eventId }, select: ROW_SELECT }));
  const entries = rows.map((row) => ({ crewId: row.crewId, position: row.position, status: row.status, timeSeconds: row.timeSeconds }));
  const { stale, fresh, isChanged } = diffRows(
    before,
    entries.map((row) => ({ ...row, penaltySeconds: 0 })),
  );
  if (stale.length > 0) await tx.finalResult.deleteMany({ where: { eventId, crewId: { in: stale } } });
  if (fresh.length > 0) {
    await tx.finalResult.createMany({
      data: fresh.map((row) => ({ eventId, crewId: row.crewId, position: row.position, status: row.status, timeSeconds: row.timeSeconds })),
    });
  }
  return { before, after: sortEntries(entries), isChanged };
}

export type ResultsAuditEntry = {
  actorId: string | null;
  /** verb-noun, e.g. "publish-stage-results" */
  action: string;
  entityType: "stage" | "event";
  entityId: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  reason?: string | null;
};

/** One audit row, in the transaction of the change it records. */
export async function writeResultsAudit(tx: Tx, entry: ResultsAuditEntry): Promise<void> {
  const toJson = (value: Record<string, unknown>) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      reason: entry.reason ?? null,
    },
  });
}

export const CORRECTION_REASON_MIN_LENGTH = 10;
const CORRECTION_REASON_MAX_LENGTH = 500;

/** A correction's reason, trimmed; it is shown publicly beside the stage, so it must say something. */
export function readCorrectionReason(reason: string, { t }: Wording = ENGLISH_WORDING): string {
  const trimmed = reason.trim();
  if (trimmed.length >= CORRECTION_REASON_MIN_LENGTH && trimmed.length <= CORRECTION_REASON_MAX_LENGTH) return trimmed;
  const message =
    trimmed.length === 0
      ? t(msg("admin.errors.reasonMissing"))
      : t(msg("admin.errors.reasonLength"), {
          min: CORRECTION_REASON_MIN_LENGTH,
          max: CORRECTION_REASON_MAX_LENGTH,
          length: trimmed.length,
        });
  throw new AppError("INVALID", message, { reason: [message] });
}
