import { NextResponse, type NextRequest } from "next/server";

// Optimistic redirects only: a visitor without a session cookie who opens a player or admin page
// goes to sign-in and comes back afterwards. Pages, actions and route handlers check the session
// for real. The proxy deliberately does not run Auth.js: its session refresh re-sets the cookie on
// every matched request, and a prefetch answered after a sign-out would sign the player back in.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return NextResponse.next();
  const signIn = request.nextUrl.clone();
  signIn.pathname = "/sign-in";
  signIn.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/play/:path*", "/account/:path*", "/admin/:path*"],
};
