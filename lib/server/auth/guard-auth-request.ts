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

/** The request without callback-URL cookies Auth.js would refuse: a stale cookie must not lock anyone out. */
function dropBadCallbackCookies(request: NextRequest, origin: string): NextRequest {
  const cookie = request.headers.get("cookie");
  if (!cookie) return request;
  const kept = cookie.split(";").filter((pair) => {
    const [name = "", ...rest] = pair.trim().split("=");
    if (!CALLBACK_URL_COOKIES.has(name)) return true;
    let value = rest.join("=");
    try {
      value = decodeURIComponent(value);
    } catch {
      return false;
    }
    return isValidCallbackUrl(value, origin);
  });
  if (kept.length === cookie.split(";").length) return request;
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
    const callbackUrl = url.searchParams.get("callbackUrl");
    if (callbackUrl && !isValidCallbackUrl(callbackUrl, url.origin)) {
      const message = "callbackUrl must be a path on this site or an http(s) address.";
      return toErrorResponse(new AppError("BAD_REQUEST", message, { callbackUrl: [message] }), { "Cache-Control": "no-store" });
    }
    return handler(dropBadCallbackCookies(request, url.origin));
  };
}
