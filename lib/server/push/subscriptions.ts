import "server-only";
import type { Db } from "@/lib/server/db";
import type { PushSubscriptionInput } from "@/lib/validation/push";

/**
 * Saves this device for the player. An endpoint is one browser profile: if another account
 * subscribed it before (a shared computer), it now belongs to whoever subscribed last.
 */
export async function savePushSubscription(db: Db, userId: string, input: PushSubscriptionInput, userAgentLabel: string | null) {
  const data = { userId, p256dh: input.p256dh, auth: input.auth, userAgentLabel };
  await db.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data });
}

/** Forgets this device for the player; another account's subscription is never touched. */
export async function deletePushSubscription(db: Db, userId: string, endpoint: string): Promise<boolean> {
  const { count } = await db.pushSubscription.deleteMany({ where: { userId, endpoint } });
  return count > 0;
}

export async function isPushSubscribed(db: Db, userId: string, endpoint: string): Promise<boolean> {
  return (await db.pushSubscription.count({ where: { userId, endpoint } })) > 0;
}
