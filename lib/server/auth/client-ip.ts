import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

const UNKNOWN = "unknown";

function normalize(address: string): string {
  const trimmed = address.trim();
  // An IPv4 client on a dual-stack socket: one address, one bucket.
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice("::ffff:".length) : trimmed;
}

/**
 * The client's address from the TCP peer and X-Forwarded-For, trusting exactly `trustedHops`
 * proxies: each appends the address it received the request from, so the client is that many
 * entries before the peer. Anything further left was written by the client and is ignored.
 */
export function resolveClientAddress(peer: string | null, forwardedFor: string | null, trustedHops: number): string {
  const forwarded = (forwardedFor ?? "").split(",").map(normalize).filter(Boolean);
  const chain = [...forwarded, normalize(peer ?? "")];
  const index = chain.length - 1 - trustedHops;
  // More hops configured than the request passed through: its first address is the best there is.
  const address = chain[Math.max(index, 0)];
  return address || UNKNOWN;
}

/** The client's address from a request's headers (see resolveClientAddress); "unknown" shares one bucket. */
export function clientAddressFrom(list: Headers): string {
  // Only the production server (scripts/serve.mjs) writes the peer's header; under `next dev` there is none.
  const peer = env.REMOTE_ADDRESS_HEADER ? list.get(env.REMOTE_ADDRESS_HEADER) : null;
  return resolveClientAddress(peer, env.TRUSTED_PROXY_HOPS > 0 ? list.get("x-forwarded-for") : null, env.TRUSTED_PROXY_HOPS);
}

/** The caller's address in a server action or server component. */
export async function getClientIp(): Promise<string> {
  return clientAddressFrom(await headers());
}
