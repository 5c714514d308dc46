import "server-only";
import type { Db } from "@/lib/server/db";
import { appUrl } from "@/lib/env";
import { getDatabaseClockNow } from "@/lib/server/clock";
import { formatInTimeZone } from "@/lib/format/date-time";
import { stageTitle } from "@/lib/format/stage-label";
import { createEmailLink } from "@/lib/server/auth/email-links";
import type { Mailer, MailMessage } from "@/lib/server/mail/transport";
import { lockReminderMessage, resetPasswordMessage, resultsMessage, verifyEmailMessage, type Rendered } from "@/lib/server/mail/templates";
import { findMissingPicks, type MissingPick } from "./lock-reminders";
import { oneClickUnsubscribeUrl, unsubscribeUrl, type UnsubscribeTopic } from "./unsubscribe-link";

/** A delivery gives up after this many tries (the queue's retries, 6 in all). */
export const MAX_ATTEMPTS = 6;

type Outcome = { status: "SENT"; channels: string[] } | { status: "SKIPPED"; reason: string };

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

function load(db: Db, id: number) {
  return db.notification.findUnique({
    where: { id },
    include: {
      user: { select: { id: true, email: true, emailVerified: true, displayName: true, deletedAt: true, notificationPreference: true } },
    },
  });
}

function withUnsubscribe(message: Rendered, to: string, userId: string, topic: UnsubscribeTopic, link: string): MailMessage {
  const unsubscribe = oneClickUnsubscribeUrl(userId, topic);
  return {
    ...message,
    to,
    link,
    // RFC 8058: mail programs show an "unsubscribe" button that POSTs to the link, no sign-in needed.
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

const MISSING_TEXT: Record<MissingPick, string> = {
  roster: "build your roster (three crews and a captain)",
  call: "call the podium",
  retired: "replace the retired crew in your roster",
};

async function composeReminder(db: Db, notification: Loaded, to: string): Promise<MailMessage | string> {
  const stage = await db.stage.findUniqueOrThrow({ where: { id: notification.stageId! }, include: { event: { select: { slug: true, name: true, timeZone: true } } } });
  if (stage.status === "CANCELLED") return "stage cancelled";
  if (stage.startsAt <= (await getDatabaseClockNow(db))) return "stage started";
  const { missing, retired } = await findMissingPicks(db, notification.userId, stage.id);
  if (missing.length === 0) return "nothing missing any more";
  const link = `${appUrl()}/play/${stage.event.slug}`;
  const message = lockReminderMessage({
    displayName: notification.user.displayName,
    eventName: stage.event.name,
    stageName: stageTitle(stage),
    locksAt: `${formatInTimeZone(stage.startsAt, stage.event.timeZone)} local time (${formatInTimeZone(stage.startsAt, "UTC", { weekday: undefined })} UTC)`,
    missing: missing.map((item) => (item === "retired" ? `${MISSING_TEXT.retired}: ${retired.join(", ")}` : MISSING_TEXT[item])),
    link,
    unsubscribeLink: unsubscribeUrl(notification.userId, "reminders"),
  });
  return withUnsubscribe(message, to, notification.userId, "reminders", link);
}

async function composeResults(db: Db, notification: Loaded, to: string): Promise<MailMessage | string> {
  const newer = await db.notification.findFirst({ where: { userId: notification.userId, kind: "RESULTS", stageId: notification.stageId, id: { gt: notification.id } }, select: { id: true } });
  if (newer) return "a later correction replaces it";
  const stage = await db.stage.findUniqueOrThrow({ where: { id: notification.stageId! }, include: { event: { select: { id: true, slug: true, name: true } } } });
  const [score, standing, players] = await Promise.all([
    db.stageScore.findUnique({ where: { stageId_userId: { stageId: stage.id, userId: notification.userId } }, select: { total: true } }),
    db.standing.findUnique({ where: { eventId_userId: { eventId: stage.event.id, userId: notification.userId } }, select: { total: true, rank: true } }),
    db.standing.count({ where: { eventId: stage.event.id } }),
  ]);
  if (!score || !standing) return "no score on this stage any more";
  const link = `${appUrl()}/events/${stage.event.slug}/leaderboard`;
  const message = resultsMessage({
    displayName: notification.user.displayName,
    eventName: stage.event.name,
    stageName: stageTitle(stage),
    isCorrection: stage.correctedAt !== null,
    stagePoints: score.total,
    total: standing.total,
    rank: standing.rank,
    players,
    link,
    unsubscribeLink: unsubscribeUrl(notification.userId, "results"),
  });
  return withUnsubscribe(message, to, notification.userId, "results", link);
}

async function compose(db: Db, notification: Loaded): Promise<MailMessage | string> {
  const { user } = notification;
  if (user.deletedAt || !user.email) return "no address";
  const to = user.email;
  switch (notification.kind) {
    case "VERIFY_EMAIL": {
      if (user.emailVerified) return "already verified";
      const link = await createEmailLink(db, { userId: user.id, email: to, purpose: "VERIFY_EMAIL" });
      return { ...verifyEmailMessage({ displayName: user.displayName, link }), to, link };
    }
    case "RESET_PASSWORD": {
      const link = await createEmailLink(db, { userId: user.id, email: to, purpose: "RESET_PASSWORD" });
      return { ...resetPasswordMessage({ displayName: user.displayName, link }), to, link };
    }
    // Nothing but the two above goes to an address its owner has not confirmed.
    case "LOCK_REMINDER":
      if (!user.emailVerified) return "address not verified";
      if (user.notificationPreference && !user.notificationPreference.lockReminderEmail) return "reminders off";
      return composeReminder(db, notification, to);
    case "RESULTS":
      if (!user.emailVerified) return "address not verified";
      if (user.notificationPreference && !user.notificationPreference.resultsEmail) return "results notices off";
      return composeResults(db, notification, to);
  }
}

/**
 * Delivers one queued notification. Idempotent: a notification already sent or skipped is left
 * alone, so a retried job never sends twice once the outcome is recorded. A failure is recorded
 * (without the message) and thrown, for the queue to retry with backoff.
 */
export async function deliverNotification(db: Db, mailer: Mailer, notificationId: number): Promise<Outcome | null> {
  const notification = await load(db, notificationId);
  if (!notification || notification.status !== "QUEUED") return null;
  try {
    const composed = mailer.mode === "off" ? "email is off (no SMTP_URL)" : await compose(db, notification);
    if (typeof composed === "string") {
      await db.notification.update({ where: { id: notificationId }, data: { status: "SKIPPED", error: composed, attempts: { increment: 1 } } });
      return { status: "SKIPPED", reason: composed };
    }
    await mailer.send(composed);
    await db.notification.update({ where: { id: notificationId }, data: { status: "SENT", channels: ["email"], sentAt: new Date(), error: null, attempts: { increment: 1 } } });
    return { status: "SENT", channels: ["email"] };
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 300) : "delivery failed";
    const updated = await db.notification.update({ where: { id: notificationId }, data: { error: message, attempts: { increment: 1 } } });
    if (updated.attempts >= MAX_ATTEMPTS) await db.notification.update({ where: { id: notificationId }, data: { status: "FAILED" } });
    throw error;
  }
}
