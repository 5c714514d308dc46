import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl, env } from "@/lib/env";

// One-click unsubscribe: the link names the player and the kind of message, signed with the
// server's secret, so it works without signing in and cannot be forged for someone else.

export const UNSUBSCRIBE_TOPICS = ["reminders", "results"] as const;
export type UnsubscribeTopic = (typeof UNSUBSCRIBE_TOPICS)[number];

function sign(userId: string, topic: UnsubscribeTopic): string {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is needed to sign unsubscribe links");
  return createHmac("sha256", env.AUTH_SECRET).update(`unsubscribe:${userId}:${topic}`).digest("base64url");
}

function signedQuery(userId: string, topic: UnsubscribeTopic): string {
  return new URLSearchParams({ u: userId, t: topic, s: sign(userId, topic) }).toString();
}

/** The page a person opens (it asks to confirm, so a mail scanner following links changes nothing). */
export function unsubscribeUrl(userId: string, topic: UnsubscribeTopic): string {
  return `${appUrl()}/unsubscribe?${signedQuery(userId, topic)}`;
}

/** The List-Unsubscribe target that mail programs POST to (RFC 8058 one-click). */
export function oneClickUnsubscribeUrl(userId: string, topic: UnsubscribeTopic): string {
  return `${appUrl()}/api/unsubscribe?${signedQuery(userId, topic)}`;
}

/** The signed request's player and topic, or null for anything forged or malformed. */
export function readUnsubscribeRequest(query: {
  u?: unknown;
  t?: unknown;
  s?: unknown;
}): { userId: string; topic: UnsubscribeTopic } | null {
  const { u, t, s } = query;
  if (typeof u !== "string" || typeof s !== "string" || !UNSUBSCRIBE_TOPICS.includes(t as UnsubscribeTopic)) return null;
  if (!/^[0-9a-f-]{36}$/i.test(u)) return null;
  const expected = Buffer.from(sign(u, t as UnsubscribeTopic));
  const given = Buffer.from(s);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { userId: u, topic: t as UnsubscribeTopic } : null;
}
