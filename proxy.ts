import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { buildContentSecurityPolicy, createNonce } from "@/lib/server/security/content-security-policy";
import { isLocale, LOCALE_PARAM } from "@/lib/i18n/locales";
import { LOCALE_OVERRIDE_HEADER, PAGE_PATH_HEADER } from "@/lib/i18n/request-headers";

// Runs on every page request. Three jobs:
// 1. The Content-Security-Policy with a fresh nonce, set on the request too: Next reads the nonce
//    from it and stamps its own scripts; pages read it as `x-nonce` for any inline script of ours.
// 2. Optimistic redirects only: a visitor without a session cookie who opens a player or admin page
//    goes to sign-in and comes back afterwards. Pages, actions and route handlers check the session
//    for real. The proxy deliberately does not run Auth.js: its session refresh re-sets the cookie on
//    every matched request, and a prefetch answered after a sign-out would sign the player back in.
// 3. Languages (docs/i18n.md): a page's `?lang=fr` (the hreflang alternates) becomes a request header
//    the locale resolver reads first, and the page's path goes to the root layout for those links.
//    Headers of those names sent by the client are dropped.

/** Path prefixes that need a signed-in visitor (the prefix itself and everything below it). */
const PROTECTED_PREFIXES = ["/play", "/account", "/admin", "/leagues"];

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

function isProtected(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function redirectToSignIn(request: NextRequest): NextResponse {
  const signIn = request.nextUrl.clone();
  signIn.pathname = "/sign-in";
  signIn.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(signIn);
}

export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  if (!hasSession && isProtected(request.nextUrl.pathname)) return redirectToSignIn(request);

  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({ nonce, isDevelopment: env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.delete(LOCALE_OVERRIDE_HEADER);
  const lang = request.nextUrl.searchParams.get(LOCALE_PARAM);
  if (isLocale(lang)) requestHeaders.set(LOCALE_OVERRIDE_HEADER, lang);
  requestHeaders.set(PAGE_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every page; not API routes (next.config.ts gives them the other security headers), build
  // assets, the favicon or the service worker (its own policy is in next.config.ts).
  matcher: ["/((?!api(?:/|$)|_next/static|_next/image|favicon\\.ico|sw\\.js).*)"],
};
