import "server-only";
import { headers } from "next/headers";

/** The caller's address as the server in front of us reports it; "unknown" shares one bucket. */
export async function getClientIp(): Promise<string> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || list.get("x-real-ip") || "unknown";
}
