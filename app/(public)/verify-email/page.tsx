import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { isEmailLinkUsable } from "@/lib/server/auth/email-links";
import { ConfirmEmailForm } from "@/components/email/confirm-email-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TextLink } from "@/components/ui/text-link";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.verifyEmail");
  return { title: t("title"), referrer: "no-referrer" };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the link only shows the button: mail scanners follow links, and must not use it up.
async function Page({ searchParams }: Props) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length <= 200 && (await isEmailLinkUsable(db, "VERIFY_EMAIL", token));
  const t = await getTranslations("account.verifyEmail");
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {usable ? (
        <>
          <p className="text-stone-700">{t("intro")}</p>
          <ClientMessages groups={["account.verifyEmail"]}>
            <ConfirmEmailForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {t("expired")}
        </p>
      )}
      <p className="text-sm">
        <TextLink href="/sign-in">{t("signIn")}</TextLink> · <TextLink href="/">{t("home")}</TextLink>
      </p>
    </div>
  );
}

export default withDatabaseNotice(Page);
