import { cache } from "react";
import NextAuth from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Discord from "next-auth/providers/discord";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { authConfig } from "./auth.config";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { signInSchema } from "@/lib/validation/auth";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { applyAdminEmails } from "@/lib/server/auth/apply-admin-emails";
import { listOAuthProviders, type OAuthProviderInfo } from "@/lib/server/auth/oauth-providers";

const OAUTH_FACTORIES: Record<OAuthProviderInfo["id"], (options: { clientId: string; clientSecret: string; allowDangerousEmailAccountLinking: boolean }) => Provider> = {
  github: (options) => GitHub(options),
  google: (options) => Google(options),
  discord: (options) => Discord(options),
};

// Provider emails are verified, so an existing account with the same email is linked, not duplicated.
const oauthProviders: Provider[] = listOAuthProviders().map(({ id, clientId, clientSecret }) =>
  OAUTH_FACTORIES[id]({ clientId, clientSecret, allowDangerousEmailAccountLinking: true }),
);

const nextAuth = NextAuth({
  ...authConfig,
  adapter: PrismaAdapter(db),
  secret: env.AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // Rate limiting and the user-facing message live in the sign-in action; this only checks.
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        return verifyCredentials(db, parsed.data.email, parsed.data.password);
      },
    }),
    ...oauthProviders,
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user?.id) {
        token.id = user.id;
        token.role = await applyAdminEmails(db, user.id, env.ADMIN_EMAILS);
      }
      return token;
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;
/** The session, read once per request however many components ask. */
export const auth = cache(nextAuth.auth);
