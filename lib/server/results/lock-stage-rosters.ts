import "server-only";
import type { Tx } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Chip } from "@/lib/game/rules";
import { countTransfers } from "@/lib/game/transfers";
import { toPgArray } from "./pg-array";
import { listRetiredBefore, type RescoreContext, type RescoreStage } from "./rescore-context";
import type { WriteCounts } from "./write-counts";

type ChangedRow = { userId: string; versionId: number; prevBank: number; crews: number[]; prevCrews: number[]; chip: Chip | null };

// A roster identical to the previous one: no crew comes in and none goes out, whichever crews they are.
const SAME_CREWS: readonly string[] = [];

/**
 * Writes `source` (user_id, roster_version_id, transfers, penalty, bank_after, chip) as the stage's locked
 * rosters: new rows inserted, changed ones updated, rows already right left alone (an upsert would
 * lock, and so write, every row it meets). The event's scoring lock keeps other writers out.
 * Returns how many rows `source` has and how many were written.
 */
async function writeRows(tx: Tx, stage: RescoreStage, source: Prisma.Sql): Promise<{ locked: number; written: number }> {
  const [counts] = await tx.$queryRaw<{ locked: number; written: number }[]>`
    WITH source AS (${source}),
    compared AS (
      SELECT x.*, s.starts_at, sr.user_id IS NOT NULL AS is_stored
      FROM source x
      JOIN stage s ON s.id = ${stage.id}
      LEFT JOIN stage_roster sr ON sr.stage_id = ${stage.id} AND sr.user_id = x.user_id
      WHERE sr.user_id IS NULL
         OR (sr.roster_version_id, sr.transfers, sr.penalty, sr.bank_after, sr.chip, sr.locked_at)
            IS DISTINCT FROM (x.roster_version_id, x.transfers, x.penalty, x.bank_after, x.chip, s.starts_at)
    ), inserted AS (
      INSERT INTO stage_roster (stage_id, user_id, roster_version_id, transfers, penalty, bank_after, chip, locked_at)
      SELECT ${stage.id}, user_id, roster_version_id, transfers, penalty, bank_after, chip, starts_at FROM compared WHERE NOT is_stored
      -- In key order: the primary key and the user index fill page by page.
      ORDER BY user_id
      RETURNING 1
    ), updated AS (
      UPDATE stage_roster sr
      SET roster_version_id = x.roster_version_id, transfers = x.transfers, penalty = x.penalty, bank_after = x.bank_after, chip = x.chip,
          locked_at = x.starts_at
      FROM compared x WHERE x.is_stored AND sr.stage_id = ${stage.id} AND sr.user_id = x.user_id
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM source)::int AS locked, ((SELECT count(*) FROM inserted) + (SELECT count(*) FROM updated))::int AS written`;
  return counts!;
}

/**
 * Players whose roster in force may differ between `previous` and `stage`: a version saved between
 * the two starts (in either order) is the only way the latest version before each start can differ.
 * Without a previous stage, every player with a roster.
 */
function changedPlayers(context: RescoreContext, stage: RescoreStage, previous: RescoreStage | undefined) {
  if (!previous) return Prisma.sql`SELECT user_id FROM roster WHERE event_id = ${context.eventId}`;
  return Prisma.sql`
    SELECT DISTINCT r.user_id FROM roster r JOIN roster_version v ON v.roster_id = r.id
    JOIN stage a ON a.id = ${previous.id} JOIN stage b ON b.id = ${stage.id}
    WHERE r.event_id = ${context.eventId} AND v.saved_at >= least(a.starts_at, b.starts_at) AND v.saved_at < greatest(a.starts_at, b.starts_at)`;
}

/**
 * Of the changed players, the version each had in force at the stage's start (the last saved before
 * it), and the chip it plays on this stage: its own, when it was saved for this very stage.
 */
function versionsInForce(context: RescoreContext, stage: RescoreStage, previous: RescoreStage | undefined) {
  return Prisma.sql`
    SELECT DISTINCT ON (r.user_id) r.user_id, v.id AS version_id, CASE WHEN v.chip_stage_id = ${stage.id} THEN v.chip END AS chip
    FROM roster r JOIN roster_version v ON v.roster_id = r.id JOIN stage s ON s.id = ${stage.id}
    WHERE r.event_id = ${context.eventId} AND v.saved_at < s.starts_at AND r.user_id IN (${changedPlayers(context, stage, previous)})
    ORDER BY r.user_id, v.saved_at DESC, v.id DESC`;
}

const crewsOf = (version: Prisma.Sql) =>
  Prisma.sql`ARRAY(SELECT c.crew_id FROM roster_version_crew c WHERE c.version_id = ${version} ORDER BY c.crew_id)`;

/** Players with the same version as at the previous stage: the row carries over with the bank moved on. */
async function carryOver(tx: Tx, context: RescoreContext, stage: RescoreStage, previous: RescoreStage) {
  const retired = listRetiredBefore(context, stage);
  const banks = (
    await tx.$queryRaw<{ bank: number }[]>`
    SELECT DISTINCT bank_after AS bank FROM stage_roster WHERE stage_id = ${previous.id}`
  ).map((row) => row.bank);
  const steps = banks.map((bank) => countTransfers({ previous: SAME_CREWS, next: SAME_CREWS, bank, retired, rules: context.rules }));
  return writeRows(
    tx,
    stage,
    Prisma.sql`
    SELECT p.user_id, p.roster_version_id, t.transfers, t.penalty, t.bank_after, NULL::"Chip" AS chip
    FROM stage_roster p
    JOIN unnest(${toPgArray(banks)}::int[], ${toPgArray(steps.map((step) => step.transfers))}::int[],
                ${toPgArray(steps.map((step) => step.penalty))}::int[], ${toPgArray(steps.map((step) => step.bankAfter))}::int[])
      AS t(bank, transfers, penalty, bank_after) ON t.bank = p.bank_after
    WHERE p.stage_id = ${previous.id} AND p.user_id NOT IN (${changedPlayers(context, stage, previous)})`,
  );
}

/** Changed players without a row at the previous stage: their first locked roster, which counts no transfers. */
async function lockFirstRosters(tx: Tx, context: RescoreContext, stage: RescoreStage, previous: RescoreStage | undefined) {
  const first = countTransfers({ previous: null, next: SAME_CREWS, bank: 0, retired: [], rules: context.rules });
  const withoutPrevious = previous
    ? Prisma.sql`NOT EXISTS (SELECT 1 FROM stage_roster p WHERE p.stage_id = ${previous.id} AND p.user_id = f.user_id)`
    : Prisma.sql`true`;
  return writeRows(
    tx,
    stage,
    Prisma.sql`
    SELECT f.user_id, f.version_id AS roster_version_id, ${first.transfers}::int AS transfers, ${first.penalty}::int AS penalty,
           ${first.bankAfter}::int AS bank_after, f.chip
    FROM (${versionsInForce(context, stage, previous)}) f WHERE ${withoutPrevious}`,
  );
}

/** Changed players with a row at the previous stage: transfers counted crew by crew against it. */
async function lockChangedRosters(tx: Tx, context: RescoreContext, stage: RescoreStage, previous: RescoreStage) {
  const rows = await tx.$queryRaw<ChangedRow[]>`
    SELECT f.user_id::text AS "userId", f.version_id AS "versionId", p.bank_after AS "prevBank", f.chip::text AS chip,
           ${crewsOf(Prisma.sql`f.version_id`)} AS crews, ${crewsOf(Prisma.sql`p.roster_version_id`)} AS "prevCrews"
    FROM (${versionsInForce(context, stage, previous)}) f
    JOIN stage_roster p ON p.stage_id = ${previous.id} AND p.user_id = f.user_id`;
  if (rows.length === 0) return { locked: 0, written: 0 };
  const retired = listRetiredBefore(context, stage);
  const steps = rows.map((row) =>
    countTransfers({
      previous: row.prevCrews.map(String),
      next: row.crews.map(String),
      bank: row.prevBank,
      retired,
      isWildcard: row.chip === "WILDCARD",
      rules: context.rules,
    }),
  );
  return writeRows(
    tx,
    stage,
    Prisma.sql`
    SELECT * FROM unnest(${toPgArray(rows.map((row) => row.userId))}::uuid[], ${toPgArray(rows.map((row) => row.versionId))}::int[],
                         ${toPgArray(steps.map((step) => step.transfers))}::int[], ${toPgArray(steps.map((step) => step.penalty))}::int[],
                         ${toPgArray(steps.map((step) => step.bankAfter))}::int[], ${toPgArray(rows.map((row) => row.chip))}::"Chip"[])
      AS u(user_id, roster_version_id, transfers, penalty, bank_after, chip)`,
  );
}

/**
 * Locks the rosters of one started stage: for every player with a version saved before its start,
 * that version, with its transfer accounting (transfers, penalty, bank after) carried on from the
 * previous started stage's row, which must be locked already. Rows of players without one go.
 */
export async function lockStageRosters(
  tx: Tx,
  context: RescoreContext,
  stage: RescoreStage,
  previous: RescoreStage | undefined,
): Promise<WriteCounts> {
  const parts = previous
    ? [
        await carryOver(tx, context, stage, previous),
        await lockFirstRosters(tx, context, stage, previous),
        await lockChangedRosters(tx, context, stage, previous),
      ]
    : [await lockFirstRosters(tx, context, stage, undefined)];
  const locked = parts.reduce((sum, part) => sum + part.locked, 0);
  const written = parts.reduce((sum, part) => sum + part.written, 0);
  const [{ stored } = { stored: 0 }] = await tx.$queryRaw<
    { stored: number }[]
  >`SELECT count(*)::int AS stored FROM stage_roster WHERE stage_id = ${stage.id}`;
  // Every row left over belongs to a player with no version before the start: each version still
  // in force was just written, so a leftover row holds a version saved at or after the start.
  const deleted =
    stored === locked
      ? 0
      : await tx.$executeRaw`
    DELETE FROM stage_roster sr USING roster_version v, stage s
    WHERE sr.stage_id = ${stage.id} AND s.id = sr.stage_id AND v.id = sr.roster_version_id AND v.saved_at >= s.starts_at`;
  return { written, deleted };
}
