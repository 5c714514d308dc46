import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { QUEUES } from "@/lib/server/jobs/boss";
import { FAN_OUT_TRANSACTION_OPTIONS, queueDeliveries, queueTask } from "./queue";

/**
 * Corrections often come in bursts on results night: a publish waits this long before its notices
 * go out, and a later change of the same stage within that time replaces it (one notice, the latest).
 */
export const RESULTS_NOTICE_DELAY_SECONDS = 60;

export type ResultsNoticeTask = { stageId: number; version: number };

/** In the publishing transaction: one task, so a publish rolled back sends nothing. */
export async function queueResultsNotices(tx: Tx, task: ResultsNoticeTask): Promise<void> {
  await queueTask(tx, QUEUES.resultsNotices, task, RESULTS_NOTICE_DELAY_SECONDS);
}

/**
 * The task: one RESULTS notification per player scored on the stage who can get it (by email to a
 * confirmed address, or by push to a device), unless the stage changed again since (its own task does it then). Set-based,
 * in one transaction with the delivery jobs. Returns how many were queued.
 */
export async function fanOutResultsNotices(db: Db, task: ResultsNoticeTask): Promise<number> {
  return db.$transaction(async (tx) => {
    const stage = await tx.stage.findUnique({ where: { id: task.stageId }, select: { version: true, resultsStatus: true } });
    if (!stage || stage.version !== task.version || (stage.resultsStatus !== "PROVISIONAL" && stage.resultsStatus !== "OFFICIAL")) return 0;
    const rows = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO notification (user_id, kind, dedupe_key, stage_id)
      SELECT ss.user_id, 'RESULTS', ${`stage:${task.stageId}:v${task.version}`}, ss.stage_id
      FROM stage_score ss
      JOIN "user" u ON u.id = ss.user_id
      LEFT JOIN notification_preference np ON np.user_id = ss.user_id
      WHERE ss.stage_id = ${task.stageId}
        AND u.deleted_at IS NULL
        AND (
          (u.email IS NOT NULL AND u.email_verified IS NOT NULL AND coalesce(np.results_email, true))
          OR (coalesce(np.results_push, true) AND EXISTS (SELECT 1 FROM push_subscription ps WHERE ps.user_id = u.id))
        )
      ON CONFLICT (user_id, kind, dedupe_key) DO NOTHING
      RETURNING id`;
    await queueDeliveries(
      tx,
      rows.map((row) => row.id),
    );
    return rows.length;
  }, FAN_OUT_TRANSACTION_OPTIONS);
}
