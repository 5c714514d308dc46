import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { AppError, conflictError } from "@/lib/server/errors";
import type { ResultEntry } from "@/lib/game/results-csv";
import { isPublished, type ResultsStatus } from "@/lib/game/results-status";
import { checkResultEntries, readCorrectionReason, writeResultsAudit } from "./result-rows";
import { RESULTS_TRANSACTION_OPTIONS } from "./results-locks";
import { rescoreEvent, type ResultsChange } from "./rescore-event";
import { ENGLISH_WORDING, type Wording } from "@/lib/server/admin/wording";

// The life of a set of results, the same for a stage and for the final classification:
//
//   (none) or DRAFT --save--> DRAFT --publish--> PROVISIONAL --official--> OFFICIAL
//   PROVISIONAL or OFFICIAL --correct (a reason)--> PROVISIONAL
//
// Each transition is one transaction: lock the row (the event's scoring lock comes after it, in
// rescoring), check, write rows and status, audit, and rescore what publishing touched, which also
// sends pg_notify and keeps scoring_state. A ResultsTarget says how a stage or an event does each step.

/** The locked row whose results change: a stage, or an event for its final classification. */
export type LockedTarget = { id: number; eventId: number; resultsStatus: ResultsStatus | null; version: number; now: Date };

/** What a transition writes on the row, besides bumping its version. */
export type StatusWrite = { resultsStatus: ResultsStatus; publishedAt?: Date; correction?: { at: Date; reason: string } };

type Refusal = "savePublished" | "correctUnpublished" | "correctEmpty" | "publishEmpty" | "officialUnpublished";

export type ResultsTarget<Locked extends LockedTarget> = {
  /** In the audit actions: "publish-stage-results", "mark-final-official". */
  name: "stage" | "final";
  /** The audit entry's entity, and the row a conflict message names. */
  entity: "stage" | "event";
  /** The names of the row's status and publication time in audit snapshots. */
  fields: { status: string; publishedAt: string };
  /** Locks the row FOR NO KEY UPDATE; with `expectedVersion`, refuses a stale form. */
  lock(tx: Tx, id: number, expectedVersion?: number): Promise<Locked>;
  /** The stage the rows are checked against (retired crews), null for the final classification. */
  stageNumber(locked: Locked): number | null;
  replaceRows(tx: Tx, locked: Locked, rows: readonly ResultEntry[]): Promise<{ before: unknown[]; after: unknown[]; isChanged: boolean }>;
  countRows(tx: Tx, locked: Locked): Promise<number>;
  /** Writes the status and the version bump; returns the new version. */
  writeStatus(tx: Tx, locked: Locked, write: StatusWrite): Promise<number>;
  /** What rescoring may limit itself to. */
  change(locked: Locked): ResultsChange;
  /** Why these results can never be published (checked first, even before a re-publish), or null. */
  cannotPublish(locked: Locked, wording: Wording): string | null;
  /** Why they cannot be published yet (the stage or the rally has not run), or null. */
  cannotPublishYet(locked: Locked, wording: Wording): string | null;
  /** Each refusal in the admin's language (`wording`: the action's, English for the command line). */
  refusals(locked: Locked, wording: Wording): Record<Refusal, string>;
  /** After a publish or a correction has rescored: queue the players' results notices (same transaction). */
  queueNotices(tx: Tx, locked: Locked, version: number): Promise<void>;
};

export type ResultsEdit = { actorId: string; expectedVersion: number; rows: readonly ResultEntry[] };
export type ResultsCorrection = ResultsEdit & { reason: string };
export type ResultsRelease = { actorId: string; expectedVersion?: number };

function refuse(message: string): never {
  throw new AppError("INVALID", message);
}

type Snapshot = { resultsStatus: ResultsStatus | null; publishedAt?: Date } & Record<string, unknown>;

/** A neutral snapshot under the target's own field names, as the audit log has always shown them. */
function named(fields: ResultsTarget<LockedTarget>["fields"], { resultsStatus, publishedAt, ...rest }: Snapshot) {
  return { [fields.status]: resultsStatus, ...(publishedAt ? { [fields.publishedAt]: publishedAt } : {}), ...rest };
}

/** What a publish or a correction's rescore did, kept in its audit entry for the race-day page. */
export type RescoreEffect = { players: number; durationMs: number };

async function timedRescore(tx: Tx, eventId: number, change: ResultsChange) {
  const started = performance.now();
  const rescore = await rescoreEvent(tx, eventId, change);
  const effect: RescoreEffect = { players: rescore.players, durationMs: Math.round(performance.now() - started) };
  return { rescore, effect };
}

type AuditInput = { actorId: string; action: string; before: Snapshot; after: Snapshot; reason?: string };

function audit<L extends LockedTarget>(tx: Tx, target: ResultsTarget<L>, locked: L, { before, after, ...entry }: AuditInput) {
  return writeResultsAudit(tx, {
    ...entry,
    entityType: target.entity,
    entityId: locked.id,
    before: named(target.fields, before),
    after: named(target.fields, after),
  });
}

/**
 * Saves the results as a DRAFT (neither scored nor shown). Published ones change only by a correction.
 * `wording`: the admin's language, for every refusal.
 */
export function saveResults<L extends LockedTarget>(
  db: Db,
  target: ResultsTarget<L>,
  id: number,
  input: ResultsEdit,
  wording: Wording = ENGLISH_WORDING,
) {
  return db.$transaction(async (tx) => {
    const locked = await target.lock(tx, id, input.expectedVersion);
    if (isPublished(locked.resultsStatus)) refuse(target.refusals(locked, wording).savePublished);
    const rows = await checkResultEntries(tx, locked.eventId, target.stageNumber(locked), input.rows, wording);
    const { before, after } = await target.replaceRows(tx, locked, rows);
    const version = await target.writeStatus(tx, locked, { resultsStatus: "DRAFT" });
    await audit(tx, target, locked, {
      actorId: input.actorId,
      action: `save-${target.name}-results`,
      before: { resultsStatus: locked.resultsStatus, rows: before },
      after: { resultsStatus: "DRAFT", rows: after },
    });
    return { id: locked.id, version, resultsStatus: "DRAFT" as const, rowCount: after.length };
  }, RESULTS_TRANSACTION_OPTIONS);
}

/**
 * Publishes the DRAFT as PROVISIONAL and rescores, in one transaction. Publishing results that are
 * already published changes nothing: it only rescores, which finds every score as it is.
 */
export function publishResults<L extends LockedTarget>(
  db: Db,
  target: ResultsTarget<L>,
  id: number,
  input: ResultsRelease,
  wording: Wording = ENGLISH_WORDING,
) {
  return db.$transaction(async (tx) => {
    const locked = await target.lock(tx, id, input.expectedVersion);
    const never = target.cannotPublish(locked, wording);
    if (never) refuse(never);
    if (isPublished(locked.resultsStatus)) {
      const rescore = await rescoreEvent(tx, locked.eventId, target.change(locked));
      return { id: locked.id, version: locked.version, resultsStatus: locked.resultsStatus, isRepublished: true, rescore };
    }
    const notYet = target.cannotPublishYet(locked, wording);
    if (notYet) refuse(notYet);
    const rowCount = await target.countRows(tx, locked);
    if (rowCount === 0) refuse(target.refusals(locked, wording).publishEmpty);

    const version = await target.writeStatus(tx, locked, { resultsStatus: "PROVISIONAL", publishedAt: locked.now });
    const { rescore, effect } = await timedRescore(tx, locked.eventId, target.change(locked));
    await audit(tx, target, locked, {
      actorId: input.actorId,
      action: `publish-${target.name}-results`,
      before: { resultsStatus: locked.resultsStatus },
      after: { resultsStatus: "PROVISIONAL", publishedAt: locked.now, rowCount, rescore: effect },
    });
    await target.queueNotices(tx, locked, version);
    return { id: locked.id, version, resultsStatus: "PROVISIONAL" as const, isRepublished: false, rescore };
  }, RESULTS_TRANSACTION_OPTIONS);
}

/** Replaces published results, re-opens them as PROVISIONAL with the reason, and rescores, in one transaction. */
export function correctResults<L extends LockedTarget>(
  db: Db,
  target: ResultsTarget<L>,
  id: number,
  input: ResultsCorrection,
  wording: Wording = ENGLISH_WORDING,
) {
  const reason = readCorrectionReason(input.reason, wording);
  return db.$transaction(async (tx) => {
    const locked = await target.lock(tx, id, input.expectedVersion);
    if (!isPublished(locked.resultsStatus)) refuse(target.refusals(locked, wording).correctUnpublished);
    const rows = await checkResultEntries(tx, locked.eventId, target.stageNumber(locked), input.rows, wording);
    if (rows.length === 0) refuse(target.refusals(locked, wording).correctEmpty);
    const { before, after, isChanged } = await target.replaceRows(tx, locked, rows);
    const version = await target.writeStatus(tx, locked, { resultsStatus: "PROVISIONAL", correction: { at: locked.now, reason } });
    const { rescore, effect } = await timedRescore(tx, locked.eventId, target.change(locked));
    await audit(tx, target, locked, {
      actorId: input.actorId,
      action: `correct-${target.name}-results`,
      before: { resultsStatus: locked.resultsStatus, rows: before },
      after: { resultsStatus: "PROVISIONAL", correctedAt: locked.now, rows: after, rescore: effect },
      reason,
    });
    await target.queueNotices(tx, locked, version);
    return { id: locked.id, version, resultsStatus: "PROVISIONAL" as const, isChanged, rescore };
  }, RESULTS_TRANSACTION_OPTIONS);
}

/**
 * PROVISIONAL → OFFICIAL. The scores do not change, so nothing is rescored. Idempotent: marking
 * OFFICIAL results again (a second admin, a double click) changes nothing and is not an error, even
 * from a form older than the first marking.
 */
export function markResultsOfficial<L extends LockedTarget>(
  db: Db,
  target: ResultsTarget<L>,
  id: number,
  input: ResultsRelease,
  wording: Wording = ENGLISH_WORDING,
) {
  return db.$transaction(async (tx) => {
    const locked = await target.lock(tx, id);
    if (locked.resultsStatus === "OFFICIAL")
      return { id: locked.id, version: locked.version, resultsStatus: "OFFICIAL" as const, isChanged: false };
    if (input.expectedVersion !== undefined && locked.version !== input.expectedVersion) throw conflictError(target.entity);
    if (locked.resultsStatus !== "PROVISIONAL") refuse(target.refusals(locked, wording).officialUnpublished);
    const version = await target.writeStatus(tx, locked, { resultsStatus: "OFFICIAL" });
    await audit(tx, target, locked, {
      actorId: input.actorId,
      action: `mark-${target.name}-official`,
      before: { resultsStatus: "PROVISIONAL" },
      after: { resultsStatus: "OFFICIAL" },
    });
    return { id: locked.id, version, resultsStatus: "OFFICIAL" as const, isChanged: true };
  }, RESULTS_TRANSACTION_OPTIONS);
}
