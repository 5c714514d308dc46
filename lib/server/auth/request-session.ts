import "server-only";
import type { Session } from "next-auth";
import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";

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
  const key = `${cookie.name}\n${secret}\n${cookie.token}`;
  const known = decodedTokens.get(key);
  if (known) {
    // Recently used goes last: the oldest is the first to go when the cache is full.
    decodedTokens.delete(key);
    if (Date.parse(known.expires) <= Date.now()) return null;
    decodedTokens.set(key, known);
    return known;
  }
  const session = await decodeSession(cookie, secret);
  if (session) {
    decodedTokens.set(key, session);
    if (decodedTokens.size > DECODED_TOKENS_KEPT) decodedTokens.delete(decodedTokens.keys().next().value!);
  }
  return session;
}

/**
 * Tokens already decrypted, by cookie name, secret and token. Decrypting derives a key (HKDF) and
 * runs AES and HMAC through WebCrypto: a player's every request paid it, the deadline rush's largest
 * share of CPU after the database (bench/README.md). The same bytes always decrypt to the same
 * claims, so a hit is exact; its expiry is still checked on every use. Whether the account still
 * accepts the session (deleted, signed out everywhere) is read from the database by every guard,
 * never cached here. A few thousand entries cover a rush's signed-in players in a few MB.
 */
const decodedTokens = new Map<string, Session>();
const DECODED_TOKENS_KEPT = 4_000;

async function decodeSession(cookie: { name: string; token: string }, secret: string): Promise<Session | null> {
  let token: JWT | null;
  try {
    token = await decode({ token: cookie.token, secret, salt: cookie.name });
  } catch {
    return null;
  }
  if (!token?.id || typeof token.exp !== "number") return null;
  // Shared by every request holding this token: frozen so none can change another's.
  return freezeSession({
    user: {
      id: token.id,
      name: token.name ?? null,
      email: token.email ?? null,
      image: token.picture ?? null,
      role: token.role ?? "PLAYER",
      sessionVersion: token.sessionVersion ?? 0,
    },
    expires: new Date(token.exp * 1000).toISOString(),
  });
}

function freezeSession(session: Session): Session {
  Object.freeze(session.user);
  return Object.freeze(session);
}
