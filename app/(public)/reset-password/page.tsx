import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { isEmailLinkUsable } from "@/lib/server/auth/email-links";
import { ResetPasswordForm } from "@/components/email/reset-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TextLink } from "@/components/ui/text-link";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.resetPassword");
  return { title: t("title"), referrer: "no-referrer" };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the link only shows the form (a mail scanner that follows links uses nothing up).
async function Page({ searchParams }: Props) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length <= 200 && (await isEmailLinkUsable(db, "RESET_PASSWORD", token));
  const t = await getTranslations("account.resetPassword");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {usable ? (
        <>
          <p className="text-stone-700">{t("intro")}</p>
          <ClientMessages groups={["auth.fields", "account.password", "account.resetPassword"]}>
            <ResetPasswordForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {t.rich("expired", { link: (chunks) => <TextLink href="/forgot-password">{chunks}</TextLink> })}
        </p>
      )}
    </div>
  );
}

export default withDatabaseNotice(Page);
