import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/server/db";
import { toPgArray } from "./pg-array";
import type { RescoreContext } from "./rescore-context";

/**
 * The locked rosters' fingerprint: a hash of their inputs (below) and how many rows are stored for
 * the started stages, so rows deleted by hand are locked again too.
 */
export async function fingerprintLocks(tx: Tx, context: RescoreContext, inputs: string): Promise<string> {
  const [stored] = await tx.$queryRaw<{ rows: number }[]>`
    SELECT count(*)::int AS rows FROM stage_roster WHERE stage_id = ANY(${toPgArray(context.started.map((stage) => stage.id))}::int[])`;
  return `${inputs}:${stored?.rows ?? 0}`;
}

/**
 * Everything the locked rosters are computed from, hashed: which stages have started and when, the
 * transfer rules, the crews' retirements and the event's roster versions. Versions are only ever
 * added (a save appends one; an import or a deleted roster changes their count), and their crews
 * are written with them and cannot change (a picked crew cannot be deleted), so their count and
 * highest id stand for all of them. Scoring rules, results and calls are not here: they change
 * scores, not locks. Callers hold the event's scoring lock, after waitForRosterSaves.
 */
export async function fingerprintLockInputs(tx: Tx, context: RescoreContext): Promise<string> {
  const [versions] = await tx.$queryRaw<{ count: number; maxId: number | null }[]>`
    SELECT count(*)::int AS count, max(v.id) AS "maxId"
    FROM roster r JOIN roster_version v ON v.roster_id = r.id WHERE r.event_id = ${context.eventId}`;
  const { freeTransfersPerStage, maxBankedTransfers, transferPenalty } = context.rules;
  const inputs = {
    started: context.started.map((stage) => [stage.id, stage.number, stage.startsAt.toISOString()]),
    transfers: [freeTransfersPerStage, maxBankedTransfers, transferPenalty],
    retired: context.crews.filter((crew) => crew.retiredAfterNumber !== null).map((crew) => [crew.id, crew.retiredAfterNumber]),
    versions: [versions?.count ?? 0, versions?.maxId ?? null],
  };
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex");
}

/** The fingerprint stored by the last full rescore, or null. */
export async function readLocksFingerprint(tx: Tx, eventId: number): Promise<string | null> {
  const state = await tx.scoringState.findUnique({ where: { eventId }, select: { locksFingerprint: true } });
  return state?.locksFingerprint ?? null;
}
