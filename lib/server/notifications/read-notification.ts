import "server-only";
import type { Db } from "@/lib/server/db";
import type { NotificationKind, NotificationStatus } from "@/lib/generated/prisma/client";

/** Which channels the player allows for reminders and results; null where they never chose (all on). */
export type NotificationPreferences = {
  lockReminderEmail: boolean;
  lockReminderPush: boolean;
  resultsEmail: boolean;
  resultsPush: boolean;
} | null;

export type QueuedNotification = {
  id: number;
  userId: string;
  kind: NotificationKind;
  stageId: number | null;
  status: NotificationStatus;
  user: {
    id: string;
    email: string | null;
    emailVerified: Date | null;
    displayName: string | null;
    deletedAt: Date | null;
    locale: string | null;
    preference: NotificationPreferences;
    hasPushDevice: boolean;
  };
};

type Row = {
  id: number;
  user_id: string;
  kind: NotificationKind;
  stage_id: number | null;
  status: NotificationStatus;
  email: string | null;
  email_verified: Date | null;
  display_name: string | null;
  deleted_at: Date | null;
  locale: string | null;
  lock_reminder_email: boolean | null;
  lock_reminder_push: boolean | null;
  results_email: boolean | null;
  results_push: boolean | null;
  has_push_device: boolean;
};

/**
 * A notification with its recipient, their preferences and whether they have a push device, in one
 * statement: the delivery workers read one per message, and a model query with its includes cost
 * several milliseconds of CPU each in Prisma's query compiler at a hundred messages a second.
 */
export async function readNotification(db: Db, id: number): Promise<QueuedNotification | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT n.id, n.user_id::text, n.kind::text AS kind, n.stage_id, n.status::text AS status,
           u.email, u.email_verified, u.display_name, u.deleted_at, u.locale,
           np.lock_reminder_email, np.lock_reminder_push, np.results_email, np.results_push,
           EXISTS (SELECT 1 FROM push_subscription ps WHERE ps.user_id = n.user_id) AS has_push_device
    FROM notification n
    JOIN "user" u ON u.id = n.user_id
    LEFT JOIN notification_preference np ON np.user_id = n.user_id
    WHERE n.id = ${id}`;
  if (!row) return null;
  const hasPreference = row.lock_reminder_email !== null;
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    stageId: row.stage_id,
    status: row.status,
    user: {
      id: row.user_id,
      email: row.email,
      emailVerified: row.email_verified,
      displayName: row.display_name,
      deletedAt: row.deleted_at,
      locale: row.locale,
      preference: hasPreference
        ? {
            lockReminderEmail: row.lock_reminder_email!,
            lockReminderPush: row.lock_reminder_push!,
            resultsEmail: row.results_email!,
            resultsPush: row.results_push!,
          }
        : null,
      hasPushDevice: row.has_push_device,
    },
  };
}
