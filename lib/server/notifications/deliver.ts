import "server-only";
import type { Db } from "@/lib/server/db";
import { appUrl } from "@/lib/env";
import { formatInTimeZone } from "@/lib/format/date-time";
import { stageTitleValues } from "@/lib/format/stage-label";
import { INTL_LOCALES, isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { loadTranslate, msg } from "@/lib/i18n/translate";
import { createEmailLink } from "@/lib/server/auth/email-links";
import type { Mailer, MailMessage } from "@/lib/server/mail/transport";
import {
  accountExistsMessage,
  lockReminderMessage,
  resetPasswordMessage,
  resultsMessage,
  verifyEmailMessage,
  type Lang,
  type Rendered,
} from "@/lib/server/mail/templates";
import { sendPushToUser } from "@/lib/server/push/send-push-to-user";
import type { PushMessage } from "@/lib/validation/push";
import { readReminderState, type MissingPick } from "./lock-reminders";
import { readNotification, type QueuedNotification } from "./read-notification";
import { recordFailure, recordOutcome, type Outcome } from "./record-outcome";
import { oneClickUnsubscribeUrl, unsubscribeUrl, type UnsubscribeTopic } from "./unsubscribe-link";

/** A delivery gives up after this many tries (the queue's retries, 6 in all). */
export const MAX_ATTEMPTS = 6;

type Loaded = QueuedNotification;

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

/** Emails and push messages speak the recipient's language (User.locale), else English. */
async function recipientLang(locale: string | null): Promise<Lang> {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return { locale: chosen, t: await loadTranslate(chosen) };
}

function missingText({ t }: Lang, item: MissingPick, retired: string[]): string {
  if (item === "roster") return t(msg("email.lockReminder.roster"));
  if (item === "call") return t(msg("email.lockReminder.call"));
  return t(msg("email.lockReminder.retired"), { crews: retired.join(", ") });
}

/** What goes out: an email, a push to the player's devices, or both; a string says why nothing. */
type Delivery = { mail?: MailMessage; push?: { message: PushMessage; ttlSeconds: number } } | string;

type Channels = { email: boolean; push: boolean };

async function composeReminder(db: Db, notification: Loaded, channels: Channels, lang: Lang): Promise<Delivery> {
  const { t, locale } = lang;
  const { stage, event, now, missing, retired } = await readReminderState(db, notification.userId, notification.stageId!);
  if (stage.status === "CANCELLED") return "stage cancelled";
  if (stage.startsAt <= now) return "stage started";
  if (missing.length === 0) return "nothing missing any more";
  const path = `/play/${event.slug}`;
  const stageName = t(msg("common.stageTitle"), stageTitleValues(stage));
  const items = missing.map((item) => missingText(lang, item, retired));
  const mail = channels.email
    ? withUnsubscribe(
        lockReminderMessage(lang, {
          displayName: notification.user.displayName,
          eventName: event.name,
          stageName,
          locksAt: t(msg("email.lockReminder.locksAt"), {
            local: formatInTimeZone(stage.startsAt, event.timeZone, {}, locale),
            utc: formatInTimeZone(stage.startsAt, "UTC", { weekday: undefined }, locale),
          }),
          missing: items,
          link: `${appUrl()}${path}`,
          unsubscribeLink: unsubscribeUrl(notification.userId, "reminders"),
        }),
        notification.user.email!,
        notification.userId,
        "reminders",
        `${appUrl()}${path}`,
      )
    : undefined;
  // A reminder is worthless after the lock: the push service may drop it then.
  const ttlSeconds = Math.max(60, Math.floor((stage.startsAt.getTime() - now.getTime()) / 1000));
  const push = channels.push
    ? {
        message: {
          title: t(msg("email.push.lockTitle"), { stage: stageName }),
          body: t(msg("email.push.lockBody"), {
            event: event.name,
            todo: new Intl.ListFormat(INTL_LOCALES[locale], { type: "conjunction" }).format(items),
          }),
          url: path,
          tag: `lock-${stage.id}`,
        },
        ttlSeconds,
      }
    : undefined;
  return { mail, push };
}

async function composeResults(db: Db, notification: Loaded, channels: Channels, lang: Lang): Promise<Delivery> {
  const { t } = lang;
  const newer = await db.notification.findFirst({
    where: { userId: notification.userId, kind: "RESULTS", stageId: notification.stageId, id: { gt: notification.id } },
    select: { id: true },
  });
  if (newer) return "a later correction replaces it";
  const stage = await db.stage.findUniqueOrThrow({
    where: { id: notification.stageId! },
    include: { event: { select: { id: true, slug: true, name: true } } },
  });
  const [score, standing, players] = await Promise.all([
    db.stageScore.findUnique({ where: { stageId_userId: { stageId: stage.id, userId: notification.userId } }, select: { total: true } }),
    db.standing.findUnique({
      where: { eventId_userId: { eventId: stage.event.id, userId: notification.userId } },
      select: { total: true, rank: true },
    }),
    db.standing.count({ where: { eventId: stage.event.id } }),
  ]);
  if (!score || !standing) return "no score on this stage any more";
  const path = `/events/${stage.event.slug}/leaderboard`;
  const stageName = t(msg("common.stageTitle"), stageTitleValues(stage));
  const isCorrection = stage.correctedAt !== null;
  const mail = channels.email
    ? withUnsubscribe(
        resultsMessage(lang, {
          displayName: notification.user.displayName,
          eventName: stage.event.name,
          stageName,
          isCorrection,
          stagePoints: score.total,
          total: standing.total,
          rank: standing.rank,
          players,
          link: `${appUrl()}${path}`,
          unsubscribeLink: unsubscribeUrl(notification.userId, "results"),
        }),
        notification.user.email!,
        notification.userId,
        "results",
        `${appUrl()}${path}`,
      )
    : undefined;
  const push = channels.push
    ? {
        message: {
          title: t(msg("email.push.resultsTitle"), { stage: stageName, correction: isCorrection ? "yes" : "no" }),
          body: t(msg("email.push.resultsBody"), { points: score.total, rank: standing.rank, players }),
          url: path,
          tag: `results-${stage.id}`,
        },
        ttlSeconds: 24 * 3600,
      }
    : undefined;
  return { mail, push };
}

async function compose(db: Db, notification: Loaded, mailer: Mailer): Promise<Delivery> {
  const { user } = notification;
  if (user.deletedAt) return "account deleted";
  const canEmail = mailer.mode !== "off" && user.email !== null;
  const lang = await recipientLang(user.locale);
  switch (notification.kind) {
    case "VERIFY_EMAIL": {
      if (!canEmail) return "no email";
      if (user.emailVerified) return "already verified";
      const link = await createEmailLink(db, { userId: user.id, email: user.email!, purpose: "VERIFY_EMAIL" });
      return { mail: { ...verifyEmailMessage(lang, { displayName: user.displayName, link }), to: user.email!, link } };
    }
    case "RESET_PASSWORD": {
      if (!canEmail) return "no email";
      const link = await createEmailLink(db, { userId: user.id, email: user.email!, purpose: "RESET_PASSWORD" });
      return { mail: { ...resetPasswordMessage(lang, { displayName: user.displayName, link }), to: user.email!, link } };
    }
    case "ACCOUNT_EXISTS": {
      if (!canEmail) return "no email";
      const signInLink = `${appUrl()}/sign-in`;
      return {
        mail: {
          ...accountExistsMessage(lang, { displayName: user.displayName, signInLink, resetLink: `${appUrl()}/forgot-password` }),
          to: user.email!,
          link: signInLink,
        },
      };
    }
    case "LOCK_REMINDER":
    case "RESULTS": {
      const { preference } = user;
      const isReminder = notification.kind === "LOCK_REMINDER";
      // Nothing but verification and reset goes to an address its owner has not confirmed.
      const channels = {
        email:
          canEmail &&
          user.emailVerified !== null &&
          (isReminder ? (preference?.lockReminderEmail ?? true) : (preference?.resultsEmail ?? true)),
        push: (isReminder ? (preference?.lockReminderPush ?? true) : (preference?.resultsPush ?? true)) && user.hasPushDevice,
      };
      if (!channels.email && !channels.push) return "no channel (email off or unconfirmed, no device)";
      return isReminder ? composeReminder(db, notification, channels, lang) : composeResults(db, notification, channels, lang);
    }
  }
}

/**
 * Delivers one queued notification. Idempotent: a notification already sent or skipped is left
 * alone, so a retried job never sends twice once the outcome is recorded. A failure is recorded
 * (without the message) and thrown, for the queue to retry with backoff.
 */
export async function deliverNotification(db: Db, mailer: Mailer, notificationId: number): Promise<Outcome | null> {
  const notification = await readNotification(db, notificationId);
  if (!notification || notification.status !== "QUEUED") return null;
  try {
    const delivery = await compose(db, notification, mailer);
    if (typeof delivery === "string") {
      await recordOutcome(db, notificationId, { status: "SKIPPED", reason: delivery });
      return { status: "SKIPPED", reason: delivery };
    }
    const channels: string[] = [];
    if (delivery.mail) {
      await mailer.send(delivery.mail);
      channels.push("email");
    }
    if (delivery.push) {
      const counts = await sendPushToUser(db, notification.userId, delivery.push.message, { ttlSeconds: delivery.push.ttlSeconds });
      if (counts.sent > 0) channels.push("push");
    }
    const outcome: Outcome = channels.length > 0 ? { status: "SENT", channels } : { status: "SKIPPED", reason: "no device took the push" };
    await recordOutcome(db, notificationId, outcome);
    return outcome;
  } catch (error) {
    await recordFailure(db, notificationId, error instanceof Error ? error.message.slice(0, 300) : "delivery failed", MAX_ATTEMPTS);
    throw error;
  }
}
