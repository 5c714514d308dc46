import type { NextAuthConfig } from "next-auth";

// Pages, session strategy and the callbacks that carry the user id and role; no database imports.

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" }, // the Credentials provider works with JWT sessions only
  trustHost: true, // served by `next start` behind our own host name, not a platform that sets AUTH_URL
  providers: [],
  callbacks: {
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
      session.user.sessionVersion = token.sessionVersion ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
