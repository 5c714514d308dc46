import "server-only";
import { env } from "@/lib/env";

export type VapidDetails = { subject: string; publicKey: string; privateKey: string };

/**
 * The server's VAPID identity, or null when none is configured (`next dev` without the keys):
 * push is then off and the account page says so. `npm start` always provides a pair.
 */
export function getVapidDetails(): VapidDetails | null {
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return null;
  return { subject: env.VAPID_SUBJECT, publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY };
}

/** The public key browsers subscribe with (applicationServerKey). */
export function getVapidPublicKey(): string | null {
  return getVapidDetails()?.publicKey ?? null;
}
