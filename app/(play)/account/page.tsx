import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { DisplayNameForm } from "@/components/account/display-name-form";
import { PasswordForm } from "@/components/account/password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { ResendVerificationForm } from "@/components/email/resend-verification-form";
import { NotificationPreferencesForm } from "@/components/email/notification-preferences-form";
import { readNotificationPreferences } from "@/lib/server/users/email-requests";
import { CalendarSection, PushSection } from "@/components/account/notification-sections";
import { LanguageSetting } from "@/components/account/language-setting";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.page");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ notice?: string | string[] }> };

async function AccountPage({ searchParams }: Props) {
  const user = await requireUserPage("/account");
  const { notice } = await searchParams;
  const [t, { passwordHash, emailVerified, accounts }, preferences] = await Promise.all([
    getTranslations("account.page"),
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, emailVerified: true, accounts: { select: { provider: true } } },
    }),
    readNotificationPreferences(db, user.id),
  ]);
  const hasPassword = passwordHash !== null;
  const noticeText = notice === "password-changed" ? t("passwordChanged") : undefined;
  const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
  return (
    <div className="mx-auto max-w-lg space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">
          {t.rich("signedInAs", { email: user.email ?? "", bdi })}
          {user.role === "ADMIN" ? (
            <>
              {" · "}
              {t("admin")}
            </>
          ) : null}
          {accounts.length > 0 ? (
            <>
              {" · "}
              {t("linked", { providers: accounts.map((account) => account.provider).join(", ") })}
            </>
          ) : null}
        </p>
      </header>
      {noticeText ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
          {noticeText}
        </p>
      ) : null}
      <section aria-labelledby="name-heading" className="space-y-3">
        <h2 id="name-heading" className="text-lg font-semibold">
          {t("displayNameHeading")}
        </h2>
        <ClientMessages groups={["auth.fields", "account.displayName"]}>
          <DisplayNameForm current={user.displayName} />
        </ClientMessages>
      </section>
      <LanguageSetting />
      {emailVerified ? null : (
        <section aria-labelledby="verify-heading" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="verify-heading" className="text-lg font-semibold">
            {t("verifyHeading")}
          </h2>
          <p className="text-sm">{t.rich("verifyBody", { email: user.email ?? "", bdi })}</p>
          <ClientMessages groups={["account.notifications"]}>
            <ResendVerificationForm />
          </ClientMessages>
        </section>
      )}
      <section aria-labelledby="notifications-heading" className="space-y-3">
        <h2 id="notifications-heading" className="text-lg font-semibold">
          {t("notificationsHeading")}
        </h2>
        <ClientMessages groups={["account.notifications"]}>
          <NotificationPreferencesForm preferences={preferences} isVerified={emailVerified !== null} />
        </ClientMessages>
      </section>
      <PushSection />
      <CalendarSection userId={user.id} />
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("passwordHeading")}
        </h2>
        <ClientMessages groups={["auth.fields", "account.password"]}>
          <PasswordForm hasPassword={hasPassword} />
        </ClientMessages>
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("sessionsHeading")}
        </h2>
        <ClientMessages groups={["account.signOutEverywhere"]}>
          <SignOutEverywhereForm />
        </ClientMessages>
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-4">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-900">
          {t("deleteHeading")}
        </h2>
        <ClientMessages groups={["account.delete"]}>
          <DeleteAccountForm hasPassword={hasPassword} />
        </ClientMessages>
      </section>
    </div>
  );
}

export default withDatabaseNotice(AccountPage);
