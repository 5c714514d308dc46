import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Redirects visitors away from player and admin pages (with a callbackUrl back); nothing more.
const { auth } = NextAuth(authConfig);
export { auth as proxy };

export const config = {
  matcher: ["/play/:path*", "/account/:path*", "/admin/:path*", "/leagues/new"],
};
