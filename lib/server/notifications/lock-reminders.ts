import "server-only";
import type { Db } from "@/lib/server/db";
import { DEFAULT_LEAD_HOURS } from "@/lib/validation/account";
import { FAN_OUT_TRANSACTION_OPTIONS, queueDeliveries } from "./queue";

// A player "plays" an event when they have a roster in it or belong to one of its leagues. Their
// next stage is the event's first stage still to start (cancelled ones skipped). Something is
// missing when they have no roster, no podium call for that stage, or a retired crew in their
// latest roster. The reminder is due once the stage starts within their lead time (1, 3 or 24 h).

/**
 * Queues every lock reminder that is due, once per player and stage (the notification's unique
 * key): safe to run every minute on every instance. Returns how many were queued.
 */
export async function queueDueReminders(db: Db): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number }[]>`
      WITH next_stage AS (
        SELECT DISTINCT ON (s.event_id) s.id, s.event_id, s.starts_at
        FROM stage s JOIN event e ON e.id = s.event_id
        WHERE e.status IN ('UPCOMING', 'LIVE') AND s.status <> 'CANCELLED' AND s.starts_at > now()
        ORDER BY s.event_id, s.starts_at
      ),
      players AS (
        SELECT user_id, event_id FROM roster WHERE event_id IN (SELECT event_id FROM next_stage)
        UNION
        SELECT lm.user_id, l.event_id FROM league_member lm JOIN league l ON l.id = lm.league_id
        WHERE l.event_id IN (SELECT event_id FROM next_stage)
      )
      INSERT INTO notification (user_id, kind, dedupe_key, stage_id)
      SELECT p.user_id, 'LOCK_REMINDER', 'stage:' || ns.id, ns.id
      FROM players p
      JOIN next_stage ns ON ns.event_id = p.event_id
      JOIN "user" u ON u.id = p.user_id
      LEFT JOIN notification_preference np ON np.user_id = p.user_id
      LEFT JOIN roster r ON r.user_id = p.user_id AND r.event_id = p.event_id
      WHERE u.deleted_at IS NULL
        AND (
          (u.email IS NOT NULL AND u.email_verified IS NOT NULL AND coalesce(np.lock_reminder_email, true))
          OR (coalesce(np.lock_reminder_push, true) AND EXISTS (SELECT 1 FROM push_subscription ps WHERE ps.user_id = u.id))
        )
        AND ns.starts_at <= now() + make_interval(hours => coalesce(np.lead_hours, ${DEFAULT_LEAD_HOURS}))
        AND (
          r.id IS NULL
          OR NOT EXISTS (SELECT 1 FROM podium_call pc WHERE pc.user_id = p.user_id AND pc.stage_id = ns.id)
          OR EXISTS (
            SELECT 1 FROM roster_version_crew rvc JOIN crew c ON c.id = rvc.crew_id
            WHERE c.status = 'RETIRED' AND rvc.version_id = (
              SELECT rv.id FROM roster_version rv WHERE rv.roster_id = r.id ORDER BY rv.saved_at DESC LIMIT 1
            )
          )
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

export type MissingPick = "roster" | "call" | "retired";

export type ReminderState = {
  stage: { id: number; number: number; name: string | null; type: string; status: string; startsAt: Date };
  event: { slug: string; name: string; timeZone: string };
  /** The database clock now: a reminder is never sent once the stage has started. */
  now: Date;
  missing: MissingPick[];
  /** The retired crews' drivers in the player's latest roster. */
  retired: string[];
};

/**
 * What one player still misses for one stage, read again when the reminder goes out, with the
 * stage and the clock: one statement, as a burst of reminders is sent at a hundred a second.
 */
export async function readReminderState(db: Db, userId: string, stageId: number): Promise<ReminderState> {
  const [row] = await db.$queryRaw<
    {
      id: number;
      number: number;
      name: string | null;
      type: string;
      status: string;
      starts_at: Date;
      slug: string;
      event_name: string;
      time_zone: string;
      now: Date;
      has_roster: boolean;
      has_call: boolean;
      retired: string[];
    }[]
  >`
    SELECT s.id, s.number, s.name, s.type::text, s.status::text, s.starts_at, e.slug, e.name AS event_name, e.time_zone,
      clock_timestamp() AS now,
      r.id IS NOT NULL AS has_roster,
      EXISTS (SELECT 1 FROM podium_call pc WHERE pc.user_id = ${userId}::uuid AND pc.stage_id = s.id) AS has_call,
      coalesce(ARRAY(
        SELECT c.driver FROM roster_version_crew rvc JOIN crew c ON c.id = rvc.crew_id
        WHERE c.status = 'RETIRED' AND rvc.version_id = (
          SELECT rv.id FROM roster_version rv WHERE rv.roster_id = r.id ORDER BY rv.saved_at DESC LIMIT 1
        )
        ORDER BY c.driver
      ), '{}') AS retired
    FROM stage s
    JOIN event e ON e.id = s.event_id
    LEFT JOIN roster r ON r.user_id = ${userId}::uuid AND r.event_id = s.event_id
    WHERE s.id = ${stageId}`;
  if (!row) throw new Error(`stage ${stageId} does not exist`);
  const missing: MissingPick[] = [];
  if (!row.has_roster) missing.push("roster");
  if (!row.has_call) missing.push("call");
  if (row.retired.length > 0) missing.push("retired");
  return {
    stage: { id: row.id, number: row.number, name: row.name, type: row.type, status: row.status, startsAt: row.starts_at },
    event: { slug: row.slug, name: row.event_name, timeZone: row.time_zone },
    now: row.now,
    missing,
    retired: row.retired,
  };
}

/** Per upcoming stage of an event: how many of its players still miss a roster or a call (admin). */
export async function countMissingPicks(db: Db, eventId: number) {
  return db.$queryRaw<{ stage_id: number; players: number; no_roster: number; no_call: number }[]>`
    WITH players AS (
      SELECT user_id FROM roster WHERE event_id = ${eventId}
      UNION
      SELECT lm.user_id FROM league_member lm JOIN league l ON l.id = lm.league_id WHERE l.event_id = ${eventId}
    )
    SELECT s.id AS stage_id,
      count(*)::int AS players,
      count(*) FILTER (WHERE r.id IS NULL)::int AS no_roster,
      count(*) FILTER (WHERE pc.id IS NULL)::int AS no_call
    FROM stage s
    CROSS JOIN players p
    LEFT JOIN roster r ON r.user_id = p.user_id AND r.event_id = ${eventId}
    LEFT JOIN podium_call pc ON pc.user_id = p.user_id AND pc.stage_id = s.id
    WHERE s.event_id = ${eventId} AND s.starts_at > now() AND s.status <> 'CANCELLED'
    GROUP BY s.id`;
}
