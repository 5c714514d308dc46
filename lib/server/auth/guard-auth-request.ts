import "server-only";
import { NextRequest } from "next/server";
import { AppError, toErrorResponse } from "@/lib/server/errors";

// Auth.js's own cookie names for the page to return to after sign-in (plain and on HTTPS).
const CALLBACK_URL_COOKIES = new Set(["authjs.callback-url", "__Secure-authjs.callback-url"]);

/**
 * Auth.js accepts a callback URL only when it is an http(s) URL or a path on this site, and answers
 * anything else with a 500 "server configuration" error. This is its rule, checked before it runs.
 */
export function isValidCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/** A cookie pair's name and value as Auth.js's cookie parser reads them: trimmed, quotes dropped, decoded. */
function readCookiePair(pair: string): { name: string; value: string | null } {
  const equals = pair.indexOf("=");
  if (equals === -1) return { name: pair.trim(), value: null };
  let value = pair.slice(equals + 1).trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
  try {
    return { name: pair.slice(0, equals).trim(), value: decodeURIComponent(value) };
  } catch {
    return { name: pair.slice(0, equals).trim(), value: null };
  }
}

/** The request without callback-URL cookies Auth.js would refuse: a stale cookie must not lock anyone out. */
function dropBadCallbackCookies(request: NextRequest, origin: string): NextRequest {
  const cookie = request.headers.get("cookie");
  if (!cookie) return request;
  const pairs = cookie.split(";");
  const kept = pairs.filter((pair) => {
    const { name, value } = readCookiePair(pair);
    return !CALLBACK_URL_COOKIES.has(name) || (value !== null && isValidCallbackUrl(value, origin));
  });
  if (kept.length === pairs.length) return request;
  const headers = new Headers(request.headers);
  headers.set("cookie", kept.join(";"));
  return new NextRequest(request, { headers });
}

type AuthHandler = (request: NextRequest) => Promise<Response>;

/**
 * Wraps an Auth.js route handler: a bad `callbackUrl` parameter is a 400 naming the field (never a
 * 500), and a bad callback-URL cookie is dropped before Auth.js reads it.
 */
export function guardAuthRequest(handler: AuthHandler): AuthHandler {
  return async (request) => {
    const url = request.nextUrl;
    // Every value: Auth.js reads the last of repeated parameters.
    if (url.searchParams.getAll("callbackUrl").some((callbackUrl) => callbackUrl && !isValidCallbackUrl(callbackUrl, url.origin))) {
      const message = "callbackUrl must be a path on this site or an http(s) address.";
      return toErrorResponse(new AppError("BAD_REQUEST", message, { callbackUrl: [message] }), { "Cache-Control": "no-store" });
    }
    return handler(dropBadCallbackCookies(request, url.origin));
  };
}
