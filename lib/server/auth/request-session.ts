import "server-only";
import type { Session } from "next-auth";
import { decode, type JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";

// Auth.js names the session cookie after the scheme (`__Secure-` over https) and splits a large
// token into `.0`, `.1`... chunks; the cookie's name is also the token's salt.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type Jar = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

function readSessionCookie(jar: Jar): { name: string; token: string } | null {
  for (const name of SESSION_COOKIES) {
    const whole = jar.get(name)?.value;
    if (whole) return { name, token: whole };
    const chunkIndex = (cookieName: string) => Number(cookieName.slice(name.length + 1));
    const chunks = jar
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`) && Number.isInteger(chunkIndex(cookie.name)))
      .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name));
    if (chunks.length > 0) return { name, token: chunks.map((chunk) => chunk.value).join("") };
  }
  return null;
}

/**
 * The session of this request, decoded from its cookie: what Auth.js's `auth()` answers (the
 * session callback of auth.config.ts: id, role, session version), without the rest of its session
 * endpoint. That endpoint, run for every `auth()` call, decrypts the token, re-encrypts a refreshed
 * one into a Set-Cookie header that pages and actions then drop, and builds a Request and a
 * Response: under the bench's deadline rush it was the largest part of a roster save's CPU time.
 * An invalid, expired or foreign token is no session, as with Auth.js.
 */
export async function readRequestSession(secret: string): Promise<Session | null> {
  const cookie = readSessionCookie(await cookies());
  if (!cookie) return null;
  // Once per request and token: React's `cache` does not hold inside a server action, where a
  // roster save asks three times (its guard, then its message's language twice). Keyed by the
  // request's headers object, which Next keeps for the whole request, and by the token itself, so
  // a sign-in or sign-out within the request (a new cookie, or none) is read afresh.
  const requestHeaders = await headers();
  let decoded = decodedByRequest.get(requestHeaders);
  if (!decoded) decodedByRequest.set(requestHeaders, (decoded = new Map()));
  let session = decoded.get(cookie.token);
  if (!session) decoded.set(cookie.token, (session = decodeSession(cookie, secret)));
  return session;
}

const decodedByRequest = new WeakMap<object, Map<string, Promise<Session | null>>>();

async function decodeSession(cookie: { name: string; token: string }, secret: string): Promise<Session | null> {
  let token: JWT | null;
  try {
    token = await decode({ token: cookie.token, secret, salt: cookie.name });
  } catch {
    return null;
  }
  if (!token?.id || typeof token.exp !== "number") return null;
  return {
    user: {
      id: token.id,
      name: token.name ?? null,
      email: token.email ?? null,
      image: token.picture ?? null,
      role: token.role ?? "PLAYER",
      sessionVersion: token.sessionVersion ?? 0,
    },
    expires: new Date(token.exp * 1000).toISOString(),
  };
}
