import "server-only";
import type { Db } from "@/lib/server/db";
import { countMissingPicks } from "./lock-reminders";

/**
 * For the admin: per upcoming stage, how many players still miss a roster or a call, and what the
 * queue did with the event's reminders and results notices (counts and failure reasons only, never
 * a message or a link).
 */
export async function getNotificationSummary(db: Db, eventId: number) {
  const [stages, missing, deliveries, failures] = await Promise.all([
    db.stage.findMany({
      where: { eventId },
      orderBy: { number: "asc" },
      select: { id: true, number: true, name: true, type: true, startsAt: true, status: true },
    }),
    countMissingPicks(db, eventId),
    db.$queryRaw<{ stage_id: number; kind: string; status: string; count: number }[]>`
      SELECT n.stage_id, n.kind::text, n.status::text, count(*)::int AS count
      FROM notification n JOIN stage s ON s.id = n.stage_id
      WHERE s.event_id = ${eventId}
      GROUP BY n.stage_id, n.kind, n.status`,
    db.$queryRaw<{ kind: string; error: string; count: number }[]>`
      SELECT n.kind::text, coalesce(n.error, 'unknown') AS error, count(*)::int AS count
      FROM notification n JOIN stage s ON s.id = n.stage_id
      WHERE s.event_id = ${eventId} AND n.status IN ('FAILED', 'SKIPPED')
      GROUP BY n.kind, n.error ORDER BY count DESC LIMIT 20`,
  ]);
  const missingByStage = new Map(missing.map((row) => [row.stage_id, row]));
  const count = (stageId: number, kind: string, status: string) =>
    deliveries.find((row) => row.stage_id === stageId && row.kind === kind && row.status === status)?.count ?? 0;
  return {
    stages: stages.map((stage) => ({
      ...stage,
      missing: missingByStage.get(stage.id) ?? null,
      reminders: {
        sent: count(stage.id, "LOCK_REMINDER", "SENT"),
        queued: count(stage.id, "LOCK_REMINDER", "QUEUED"),
        skipped: count(stage.id, "LOCK_REMINDER", "SKIPPED"),
        failed: count(stage.id, "LOCK_REMINDER", "FAILED"),
      },
      results: {
        sent: count(stage.id, "RESULTS", "SENT"),
        queued: count(stage.id, "RESULTS", "QUEUED"),
        skipped: count(stage.id, "RESULTS", "SKIPPED"),
        failed: count(stage.id, "RESULTS", "FAILED"),
      },
    })),
    failures,
  };
}
