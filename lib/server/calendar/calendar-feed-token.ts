import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/server/db";
import { DEFAULT_LEAD_HOURS } from "@/lib/validation/account";

/** 32 random bytes in base64url: the whole secret of a personal feed's URL. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A new personal feed token for the player, replacing (and so revoking) any previous one. Only
 * its hash is stored: the URL is shown once, and a copy of the database opens nobody's feed.
 */
export async function replaceCalendarFeedToken(db: Db, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  await db.calendarFeed.upsert({ where: { userId }, create: { userId, tokenHash }, update: { tokenHash } });
  return token;
}

export type CalendarFeedOwner = { userId: string; locale: string | null; leadHours: number };

/**
 * The player a token opens the feed of, with their language and reminder lead time (the feed's
 * alarms ring as early as their reminders would), or null (malformed, replaced, account deleted).
 */
export async function findCalendarFeedOwner(db: Db, token: string): Promise<CalendarFeedOwner | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, user: { select: { deletedAt: true, locale: true, notificationPreference: { select: { leadHours: true } } } } },
  });
  if (!feed || feed.user.deletedAt) return null;
  return { userId: feed.userId, locale: feed.user.locale, leadHours: feed.user.notificationPreference?.leadHours ?? DEFAULT_LEAD_HOURS };
}

/** When the player's current link was made, for the account page (null: no link yet). */
export async function getCalendarFeedCreatedAt(db: Db, userId: string): Promise<Date | null> {
  const feed = await db.calendarFeed.findUnique({ where: { userId }, select: { updatedAt: true } });
  return feed?.updatedAt ?? null;
}
