import NextAuth, { CredentialsSignin } from "next-auth";
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
import { verifyEmailLink } from "@/lib/server/auth/email-links";
import { checkPasswordLimited } from "@/lib/server/auth/password-attempts";
import { clientAddressFrom } from "@/lib/server/auth/client-ip";
import { readSessionClaims } from "@/lib/server/auth/session-claims";
import { decideOAuthLink, githubUserinfo, recordVerifiedProviderEmail } from "@/lib/server/auth/oauth-email";
import { listOAuthProviders, type OAuthProviderInfo } from "@/lib/server/auth/oauth-providers";
import { readRequestSession } from "@/lib/server/auth/request-session";

type OAuthOptions = { clientId: string; clientSecret: string; allowDangerousEmailAccountLinking: boolean };

const OAUTH_FACTORIES: Record<OAuthProviderInfo["id"], (options: OAuthOptions) => Provider> = {
  github: (options) => GitHub({ ...options, userinfo: githubUserinfo }),
  google: (options) => Google(options),
  discord: (options) => Discord(options),
};

// Linking by email is decided in the signIn callback (decideOAuthLink): only addresses that the
// provider and the account have both proven. Auth.js's own check would refuse every link.
const oauthProviders: Provider[] = listOAuthProviders().map(({ id, clientId, clientSecret }) =>
  OAUTH_FACTORIES[id]({ clientId, clientSecret, allowDangerousEmailAccountLinking: true }),
);

/** The code of the error authorize throws when the password limits stop an attempt (the sign-in action reads it). */
export const SIGN_IN_RATE_LIMITED = "rate_limited";

class SignInRateLimited extends CredentialsSignin {
  code = SIGN_IN_RATE_LIMITED;
}

const nextAuth = NextAuth({
  ...authConfig,
  adapter: PrismaAdapter(db),
  secret: env.AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // Both ways in (the sign-in form's action and POST /api/auth/callback/credentials) end here,
      // so the password limits live here.
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        let user: Awaited<ReturnType<typeof verifyCredentials>> = null;
        const outcome = await checkPasswordLimited({ account: email, ip: clientAddressFrom(request.headers) }, async () => {
          user = await verifyCredentials(db, email, password);
          return user !== null;
        });
        if (outcome.status === "blocked") throw new SignInRateLimited();
        return user;
      },
    }),
    // The link of the verification email signs its reader in (it reached the address's owner),
    // once: sign-up itself signs nobody in, so that it answers the same for a taken address.
    Credentials({
      id: "email-link",
      credentials: { token: { type: "text" } },
      async authorize(raw) {
        const token = typeof raw?.token === "string" && raw.token.length <= 200 ? raw.token : null;
        const user = token ? await verifyEmailLink(db, token) : null;
        return user ? { id: user.id, email: user.email, name: user.displayName, role: user.role } : null;
      },
    }),
    ...oauthProviders,
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ account, user, profile }) {
      if (!account || account.type === "credentials") return true; // both Credentials providers
      const decision = await decideOAuthLink(db, {
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        email: user.email,
        profile,
      });
      return decision === "allow" ? true : "/sign-in?error=unverified-email";
    },
    async jwt({ token, user, account, profile }) {
      if (user?.id) {
        if (account && account.type !== "credentials") await recordVerifiedProviderEmail(db, user.id, account.provider, profile);
        const claims = await readSessionClaims(db, user.id, env.ADMIN_EMAILS);
        token.id = user.id;
        token.role = claims.role;
        token.sessionVersion = claims.sessionVersion;
      }
      return token;
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;
/**
 * The session, decoded once per request and token however many components or steps of an action
 * ask (see readRequestSession); Auth.js's own reader where no secret is set.
 */
export const auth = async () => (env.AUTH_SECRET ? readRequestSession(env.AUTH_SECRET) : nextAuth.auth());
