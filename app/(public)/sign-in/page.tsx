import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/session";
import { listOAuthProviders } from "@/lib/server/auth/oauth-providers";
import { callbackUrlSchema } from "@/lib/validation/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInNotice } from "@/components/auth/sign-in-notice";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type Props = {
  searchParams: Promise<{
    callbackUrl?: string | string[];
    error?: string | string[];
    code?: string | string[];
    notice?: string | string[];
  }>;
};

async function Page({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = callbackUrlSchema.parse(query.callbackUrl ?? "/");
  if (await getCurrentUser()) redirect(callbackUrl);
  const providers = listOAuthProviders().map(({ id, name }) => ({ id, name }));
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Sign in</h1>
        <p className="text-stone-700">Welcome back. Sign in to build your roster and call the podium.</p>
      </div>
      <SignInNotice query={query} />
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
    </div>
  );
}

export default withDatabaseNotice(Page);
