import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/email/forgot-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.forgotPassword");
  return { title: t("title") };
}

export default async function Page() {
  const t = await getTranslations("account.forgotPassword");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </div>
      <ClientMessages groups={["auth.fields", "account.forgotPassword"]}>
        <ForgotPasswordForm />
      </ClientMessages>
      <p className="text-sm">{t.rich("remembered", { link: (chunks) => <TextLink href="/sign-in">{chunks}</TextLink> })}</p>
    </div>
  );
}
