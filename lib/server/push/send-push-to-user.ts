import "server-only";
import webpush, { WebPushError } from "web-push";
import type { Db } from "@/lib/server/db";
import { pushMessageSchema, type PushMessage } from "@/lib/validation/push";
import { getVapidDetails } from "./vapid";

export type PushCounts = { sent: number; gone: number; failed: number };
export type PushOptions = {
  /** How long the push service keeps the message for a device that is offline (default 12 hours). */
  ttlSeconds?: number;
};

const DEFAULT_TTL_SECONDS = 12 * 3600;
// A push service that does not answer within this is counted as failed; the queue may retry.
const TIMEOUT_MS = 10_000;

/** 404 and 410: the browser dropped the subscription (unsubscribed, site data cleared, expired). */
function isGone(error: unknown): boolean {
  return error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410);
}

function describeFailure(error: unknown, endpoint: string): string {
  // The endpoint is a capability (anyone holding it can push to the device): log its host only.
  const host = URL.canParse(endpoint) ? new URL(endpoint).host : "an invalid endpoint";
  if (error instanceof WebPushError) return `push to ${host} refused: ${error.statusCode} ${error.body.slice(0, 200)}`;
  return `push to ${host} failed: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Sends one notification to every device of the player, encrypted for each (RFC 8291) and signed
 * with the server's VAPID key (RFC 8292). Devices whose push service says the subscription is gone
 * are deleted. Never throws for a device's failure: the counts say what happened. Without VAPID
 * keys nothing can be sent and every device counts as failed.
 */
export async function sendPushToUser(db: Db, userId: string, message: PushMessage, options: PushOptions = {}): Promise<PushCounts> {
  const payload = JSON.stringify(pushMessageSchema.parse(message));
  const subscriptions = await db.pushSubscription.findMany({
    where: { userId },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
  const counts: PushCounts = { sent: 0, gone: 0, failed: 0 };
  if (subscriptions.length === 0) return counts;
  const vapidDetails = getVapidDetails();
  if (!vapidDetails) {
    console.error("push: no VAPID keys are configured, nothing sent");
    return { ...counts, failed: subscriptions.length };
  }

  const goneIds: number[] = [];
  await Promise.all(
    subscriptions.map(async ({ id, endpoint, p256dh, auth }) => {
      try {
        await webpush.sendNotification({ endpoint, keys: { p256dh, auth } }, payload, {
          vapidDetails,
          TTL: options.ttlSeconds ?? DEFAULT_TTL_SECONDS,
          timeout: TIMEOUT_MS,
          contentEncoding: "aes128gcm",
        });
        counts.sent += 1;
      } catch (error) {
        if (isGone(error)) {
          goneIds.push(id);
          return;
        }
        counts.failed += 1;
        console.error(describeFailure(error, endpoint));
      }
    }),
  );
  if (goneIds.length > 0) {
    await db.pushSubscription.deleteMany({ where: { id: { in: goneIds } } });
    counts.gone = goneIds.length;
  }
  return counts;
}
