import { z } from "zod";
import { msg } from "@/lib/i18n/translate";

/**
 * Hosts of the browsers' push services (Chrome, Edge, Firefox, Safari). The server POSTs to a
 * subscription's endpoint, so an endpoint anywhere else would let a player aim the server at any
 * address (the test button sends at once): only these are accepted from a browser.
 */
const PUSH_SERVICE_HOSTS = [
  "fcm.googleapis.com",
  "android.googleapis.com",
  "updates.push.services.mozilla.com",
  "push.services.mozilla.com",
  "web.push.apple.com",
  ".push.apple.com",
  ".notify.windows.com",
];

export function isPushServiceUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return false;
  return PUSH_SERVICE_HOSTS.some((host) => (host.startsWith(".") ? url.hostname.endsWith(host) : url.hostname === host));
}

export const pushSubscriptionSchema = z.object({
  endpoint: z.string().max(2000).refine(isPushServiceUrl, msg("account.validation.pushEndpoint")),
  // base64url without padding, as PushSubscription.toJSON() gives them: an uncompressed P-256
  // point (65 bytes) and a 16-byte authentication secret.
  p256dh: z.string().regex(/^[A-Za-z0-9_-]{87}$/, msg("account.validation.pushKey")),
  auth: z.string().regex(/^[A-Za-z0-9_-]{22}$/, msg("account.validation.pushSecret")),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

// Any address the browser still knows (a gone push service included), but never text PostgreSQL cannot store.
export const pushEndpointSchema = z.object({
  endpoint: z
    .string()
    .min(1, msg("account.validation.required"))
    .max(2000)
    .regex(/^[^\u0000-\u001f]*$/, msg("account.validation.address")),
});

/** What a notification says; `url` is a path of this site, opened when the player taps it. */
export const pushMessageSchema = z.object({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().max(600),
  url: z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/, msg("account.validation.sitePath"))
    .max(500),
  tag: z.string().trim().min(1).max(64).optional(),
});
export type PushMessage = z.input<typeof pushMessageSchema>;
