import type { Metadata } from "next";
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

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

const NOTICES: Record<string, string> = {
  "password-changed": "Password changed. Other devices are signed out.",
};

type Props = { searchParams: Promise<{ notice?: string | string[] }> };

async function AccountPage({ searchParams }: Props) {
  const user = await requireUserPage("/account");
  const { notice } = await searchParams;
  const noticeText = typeof notice === "string" ? NOTICES[notice] : undefined;
  const [{ passwordHash, emailVerified, accounts }, preferences] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, emailVerified: true, accounts: { select: { provider: true } } },
    }),
    readNotificationPreferences(db, user.id),
  ]);
  const hasPassword = passwordHash !== null;
  return (
    <div className="mx-auto max-w-lg space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="text-stone-700">
          Signed in as {user.email}
          {user.role === "ADMIN" ? " · admin" : ""}
          {accounts.length > 0 ? ` · linked: ${accounts.map((account) => account.provider).join(", ")}` : ""}
        </p>
      </header>
      {noticeText ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
          {noticeText}
        </p>
      ) : null}
      <section aria-labelledby="name-heading" className="space-y-3">
        <h2 id="name-heading" className="text-lg font-semibold">
          Display name
        </h2>
        <DisplayNameForm current={user.displayName} />
      </section>
      <LanguageSetting />
      {emailVerified ? null : (
        <section aria-labelledby="verify-heading" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="verify-heading" className="text-lg font-semibold">
            Confirm your email
          </h2>
          <p className="text-sm">We sent a link to {user.email}. Open it to get lock reminders and results by email.</p>
          <ResendVerificationForm />
        </section>
      )}
      <section aria-labelledby="notifications-heading" className="space-y-3">
        <h2 id="notifications-heading" className="text-lg font-semibold">
          Notifications
        </h2>
        <NotificationPreferencesForm preferences={preferences} isVerified={emailVerified !== null} />
      </section>
      <PushSection />
      <CalendarSection userId={user.id} />
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        <PasswordForm hasPassword={hasPassword} />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <SignOutEverywhereForm />
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-4">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-900">
          Delete account
        </h2>
        <DeleteAccountForm hasPassword={hasPassword} />
      </section>
    </div>
  );
}

export default withDatabaseNotice(AccountPage);
