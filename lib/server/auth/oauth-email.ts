import "server-only";
import type { Db } from "@/lib/server/db";

type Profile = Record<string, unknown> | undefined;

/**
 * Whether the provider vouches that the person owns the profile's email. Google (OpenID Connect)
 * says so in email_verified, Discord in verified; GitHub's profile has no such flag, so our GitHub
 * userinfo request (githubUserinfo below) copies it from the address list.
 */
export function isProviderEmailVerified(provider: string, profile: Profile): boolean {
  if (!profile || typeof profile.email !== "string") return false;
  if (provider === "google" || provider === "github") return profile.email_verified === true;
  if (provider === "discord") return profile.verified === true;
  return false;
}

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * GitHub's userinfo: the profile, with the primary address from /user/emails (scope user:email)
 * and whether GitHub verified it. Auth.js's own request takes the primary address whether or not
 * it is verified.
 */
export const githubUserinfo = {
  url: "https://api.github.com/user",
  async request({ tokens }: { tokens: { access_token?: string } }) {
    const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "dune-draft" };
    const profile = (await fetch("https://api.github.com/user", { headers }).then((response) => response.json())) as Record<
      string,
      unknown
    >;
    const response = await fetch("https://api.github.com/user/emails", { headers });
    const emails = response.ok ? ((await response.json()) as GitHubEmail[]) : [];
    const primary = emails.find((entry) => entry.primary);
    return { ...profile, email: primary?.email ?? null, email_verified: primary?.verified === true };
  },
};

export type OAuthLinkDecision = "allow" | "refuse-unverified";

/**
 * Before an OAuth identity that is not linked yet signs in: when an account already has its email,
 * Auth.js would link the identity into it. That is safe only when both sides proved the address:
 * the provider verified it, and so did the account (else whoever registered the address first,
 * without owning it, would share the account with its owner).
 */
export async function decideOAuthLink(
  db: Db,
  input: { provider: string; providerAccountId: string; email: string | null | undefined; profile: Profile },
): Promise<OAuthLinkDecision> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
    select: { userId: true },
  });
  if (linked || !input.email) return "allow";
  const existing = await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { emailVerified: true } });
  if (!existing) return "allow";
  return isProviderEmailVerified(input.provider, input.profile) && existing.emailVerified ? "allow" : "refuse-unverified";
}

/** After an OAuth sign-in: the provider vouches for the account's address, so record it as verified. */
export async function recordVerifiedProviderEmail(db: Db, userId: string, provider: string, profile: Profile): Promise<void> {
  if (!isProviderEmailVerified(provider, profile)) return;
  const email = String(profile?.email).toLowerCase();
  await db.user.updateMany({ where: { id: userId, email, emailVerified: null }, data: { emailVerified: new Date() } });
}
