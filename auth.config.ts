import type { NextAuthConfig } from "next-auth";

// Shared by auth.ts and proxy.ts; no database imports, so the proxy stays light.
export const PLAYER_PATHS = ["/play", "/account", "/leagues/new"];
export const ADMIN_PATH = "/admin";

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" }, // the Credentials provider works with JWT sessions only
  trustHost: true, // served by `next start` behind our own host name, not a platform that sets AUTH_URL
  providers: [],
  callbacks: {
    // Optimistic only: pages, actions and route handlers check the session again on the server.
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      const needsUser = path.startsWith(ADMIN_PATH) || PLAYER_PATHS.some((prefix) => path.startsWith(prefix));
      if (!needsUser || auth?.user) return true;
      // Back to the same page after signing in, as a path: the sign-in form accepts only paths.
      const signIn = request.nextUrl.clone();
      signIn.pathname = "/sign-in";
      signIn.search = `?callbackUrl=${encodeURIComponent(path + request.nextUrl.search)}`;
      return Response.redirect(signIn);
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.id = user.id;
        token.role = user.role ?? "PLAYER";
      }
      return token;
    },
    session({ session, token }) {
      if (token.id) session.user.id = token.id;
      session.user.role = token.role ?? "PLAYER";
      return session;
    },
  },
} satisfies NextAuthConfig;
