import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/session";
import { listOAuthProviders } from "@/lib/server/auth/oauth-providers";
import { callbackUrlSchema } from "@/lib/validation/auth";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create your account" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

async function Page({ searchParams }: Props) {
  const callbackUrl = callbackUrlSchema.parse((await searchParams).callbackUrl ?? "/");
  if (await getCurrentUser()) redirect(callbackUrl);
  const providers = listOAuthProviders().map(({ id, name }) => ({ id, name }));
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Create your account</h1>
        <p className="text-stone-700">Free to play. Pick a display name for the leaderboards.</p>
      </div>
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
    </div>
  );
}

export default withDatabaseNotice(Page);
