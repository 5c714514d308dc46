import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/session";
import { listOAuthProviders } from "@/lib/server/auth/oauth-providers";
import { callbackUrlSchema } from "@/lib/validation/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInNotice } from "@/components/auth/sign-in-notice";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

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
  const t = await getTranslations("auth.signIn");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </div>
      <SignInNotice query={query} />
      <ClientMessages groups={["auth.fields", "auth.signIn"]}>
        <SignInForm callbackUrl={callbackUrl} />
      </ClientMessages>
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
    </div>
  );
}

export default withDatabaseNotice(Page);
