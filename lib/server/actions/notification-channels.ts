"use server";

import { headers } from "next/headers";
import { requireUser } from "@/lib/server/auth/session";
import { replaceCalendarFeedToken } from "@/lib/server/calendar/calendar-feed-token";
import { db } from "@/lib/server/db";
import { toActionResult, type ActionResult } from "@/lib/server/errors";
import { sendPushToUser } from "@/lib/server/push/send-push-to-user";
import { deletePushSubscription, isPushSubscribed, savePushSubscription } from "@/lib/server/push/subscriptions";
import { userAgentLabel } from "@/lib/server/push/user-agent-label";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
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
    return { ok: true, message: (await getRequestTranslate())(msg("account.action.pushOn")) };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function unsubscribePushAction(formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const { endpoint } = pushEndpointSchema.parse({ endpoint: formData.get("endpoint") });
    await deletePushSubscription(db, user.id, endpoint);
    return { ok: true, message: (await getRequestTranslate())(msg("account.action.pushOff")) };
  } catch (error) {
    return toActionResult(error);
  }
}

/** "Send me a test notification": to every device of the player, with what happened. */
export async function sendTestPushAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const t = await getRequestTranslate();
    const { sent, gone, failed } = await sendPushToUser(
      db,
      user.id,
      {
        title: t(msg("common.brand")),
        body: t(msg("email.push.test")),
        url: "/account",
        tag: "test",
      },
      { ttlSeconds: 600 },
    );
    if (sent + gone + failed === 0) return { ok: false, message: t(msg("account.action.noDevice")) };
    const parts = [t(msg("account.action.testSent"), { sent })];
    if (gone > 0) parts.push(t(msg("account.action.testGone"), { gone }));
    if (failed > 0) parts.push(t(msg("account.action.testUnreachable"), { failed }));
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
      message: (await getRequestTranslate())(msg("account.action.calendarReady")),
      path: `/api/v1/calendar/${token}`,
    };
  } catch (error) {
    return toActionResult(error);
  }
}
