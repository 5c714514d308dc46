import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/server/db";
import { DEFAULT_LEAD_HOURS } from "@/lib/validation/account";
import { consumeAttempt, describeWait } from "@/lib/server/auth/rate-limit";
import { queueNotification } from "@/lib/server/notifications/queue";

/** Each request is its own message (a dedupe key that never repeats); the limits bound how many. */
const uniqueKey = (prefix: string) => `${prefix}:${Date.now()}:${randomBytes(4).toString("hex")}`;

async function limitEmailLinks(ip: string, email: string): Promise<void> {
  const [ipWait, accountWait] = await Promise.all([consumeAttempt("email-link-ip", ip), consumeAttempt("email-link-account", email)]);
  const wait = Math.max(ipWait, accountWait);
  if (wait > 0) throw describeWait(wait);
}

/**
 * "Forgot password?": queues a reset link when the address has an account. The caller answers the
 * same either way; the limits count every request, for known and unknown addresses alike.
 */
export async function requestPasswordReset(db: Db, email: string, context: { ip: string }): Promise<void> {
  await limitEmailLinks(context.ip, email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, deletedAt: true } });
  if (!user || user.deletedAt) return;
  await db.$transaction((tx) => queueNotification(tx, { userId: user.id, kind: "RESET_PASSWORD", dedupeKey: uniqueKey("reset") }));
}

/** "Send the link again" on the account page, for an address not verified yet. */
export async function requestVerificationEmail(db: Db, userId: string, context: { ip: string }): Promise<"queued" | "already-verified"> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (!user.email || user.emailVerified) return "already-verified";
  await limitEmailLinks(context.ip, user.email);
  await db.$transaction((tx) => queueNotification(tx, { userId, kind: "VERIFY_EMAIL", dedupeKey: uniqueKey("verify") }));
  return "queued";
}

export type NotificationPreferences = {
  lockReminderEmail: boolean;
  resultsEmail: boolean;
  lockReminderPush: boolean;
  resultsPush: boolean;
  leadHours: 1 | 3 | 24;
};

export async function saveNotificationPreferences(db: Db, userId: string, preferences: NotificationPreferences): Promise<void> {
  await db.notificationPreference.upsert({ where: { userId }, create: { userId, ...preferences }, update: preferences });
}

export async function readNotificationPreferences(db: Db, userId: string): Promise<NotificationPreferences> {
  const found = await db.notificationPreference.findUnique({ where: { userId } });
  return {
    lockReminderEmail: found?.lockReminderEmail ?? true,
    resultsEmail: found?.resultsEmail ?? true,
    lockReminderPush: found?.lockReminderPush ?? true,
    resultsPush: found?.resultsPush ?? true,
    leadHours: (found?.leadHours ?? DEFAULT_LEAD_HOURS) as NotificationPreferences["leadHours"],
  };
}

/** The signed one-click unsubscribe: turns one kind of email off. */
export async function unsubscribe(db: Db, userId: string, topic: "reminders" | "results"): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  const data = topic === "reminders" ? { lockReminderEmail: false } : { resultsEmail: false };
  await db.notificationPreference.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return true;
}
