import "server-only";
import { env } from "@/lib/env";

export type OAuthProviderInfo = { id: "github" | "google" | "discord"; name: string; clientId: string; clientSecret: string };

/** The OAuth providers whose id and secret are both set; none is needed to play. */
export function listOAuthProviders(): OAuthProviderInfo[] {
  const candidates = [
    { id: "github", name: "GitHub", clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET },
    { id: "google", name: "Google", clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET },
    { id: "discord", name: "Discord", clientId: env.AUTH_DISCORD_ID, clientSecret: env.AUTH_DISCORD_SECRET },
  ] as const;
  return candidates.flatMap((provider) =>
    provider.clientId && provider.clientSecret
      ? [{ id: provider.id, name: provider.name, clientId: provider.clientId, clientSecret: provider.clientSecret }]
      : [],
  );
}
