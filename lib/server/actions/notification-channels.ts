"use server";

import { headers } from "next/headers";
import { requireUser } from "@/lib/server/auth/session";
import { replaceCalendarFeedToken } from "@/lib/server/calendar/calendar-feed-token";
import { db } from "@/lib/server/db";
import { toActionResult, type ActionResult } from "@/lib/server/errors";
import { sendPushToUser } from "@/lib/server/push/send-push-to-user";
import { deletePushSubscription, isPushSubscribed, savePushSubscription } from "@/lib/server/push/subscriptions";
import { userAgentLabel } from "@/lib/server/push/user-agent-label";
import { pushEndpointSchema, pushSubscriptionSchema } from "@/lib/validation/push";

// The player's own notification channels on the account page: web push on this device
// (components/account/push-settings.tsx, the browser's PushSubscription as form fields) and the
// personal calendar feed (components/account/calendar-feed.tsx).

export type PushStateResult = ActionResult | { ok: true; isSubscribed: boolean };

/** Whether this browser's subscription belongs to the signed-in player (a shared browser may hold another's). */
export async function getPushStateAction(formData: FormData): Promise<PushStateResult> {
  try {
    const user = await requireUser();
    const { endpoint } = pushEndpointSchema.parse({ endpoint: formData.get("endpoint") });
    return { ok: true, isSubscribed: await isPushSubscribed(db, user.id, endpoint) };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function subscribePushAction(formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const input = pushSubscriptionSchema.parse({
      endpoint: formData.get("endpoint"),
      p256dh: formData.get("p256dh"),
      auth: formData.get("auth"),
    });
    await savePushSubscription(db, user.id, input, userAgentLabel((await headers()).get("user-agent")));
    return { ok: true, message: "Notifications are on for this device." };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function unsubscribePushAction(formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const { endpoint } = pushEndpointSchema.parse({ endpoint: formData.get("endpoint") });
    await deletePushSubscription(db, user.id, endpoint);
    return { ok: true, message: "Notifications are off for this device." };
  } catch (error) {
    return toActionResult(error);
  }
}

/** "Send me a test notification": to every device of the player, with what happened. */
export async function sendTestPushAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const { sent, gone, failed } = await sendPushToUser(
      db,
      user.id,
      {
        title: "Dune Draft",
        body: "Test notification: this device will hear about your stage locks and results.",
        url: "/account",
        tag: "test",
      },
      { ttlSeconds: 600 },
    );
    if (sent + gone + failed === 0) return { ok: false, message: "No device of yours has notifications on." };
    const parts = [`Sent to ${sent} device${sent === 1 ? "" : "s"}.`];
    if (gone > 0) parts.push(`${gone} no longer accepted notifications and ${gone === 1 ? "was" : "were"} removed.`);
    if (failed > 0) parts.push(`${failed} could not be reached; try again later.`);
    return { ok: sent > 0, message: parts.join(" ") };
  } catch (error) {
    return toActionResult(error);
  }
}

export type CalendarFeedResult = ActionResult | { ok: true; message: string; path: string };

/**
 * A new personal calendar link; the previous one, if any, stops working at once. The path is
 * returned this once (only its hash is kept) and the browser puts its own origin in front.
 */
export async function replaceCalendarFeedAction(): Promise<CalendarFeedResult> {
  try {
    const user = await requireUser();
    const token = await replaceCalendarFeedToken(db, user.id);
    return {
      ok: true,
      message: "Your new calendar link is ready: add it to your calendar app now, it is shown only this once.",
      path: `/api/v1/calendar/${token}`,
    };
  } catch (error) {
    return toActionResult(error);
  }
}
