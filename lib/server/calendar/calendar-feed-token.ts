import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/server/db";

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

/** The player a token opens the feed of, or null (malformed, replaced, or the account deleted). */
export async function findCalendarFeedUser(db: Db, token: string): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, user: { select: { deletedAt: true } } },
  });
  return feed && !feed.user.deletedAt ? feed.userId : null;
}

/** When the player's current link was made, for the account page (null: no link yet). */
export async function getCalendarFeedCreatedAt(db: Db, userId: string): Promise<Date | null> {
  const feed = await db.calendarFeed.findUnique({ where: { userId }, select: { updatedAt: true } });
  return feed?.updatedAt ?? null;
}
