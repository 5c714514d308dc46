import type { Metadata } from "next";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { DisplayNameForm } from "@/components/account/display-name-form";
import { PasswordForm } from "@/components/account/password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { CalendarSection, PushSection } from "@/components/account/notification-sections";

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
  const { passwordHash, accounts } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true, accounts: { select: { provider: true } } },
  });
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
      {noticeText ? <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">{noticeText}</p> : null}
      <section aria-labelledby="name-heading" className="space-y-3">
        <h2 id="name-heading" className="text-lg font-semibold">Display name</h2>
        <DisplayNameForm current={user.displayName} />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        <PasswordForm hasPassword={hasPassword} />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">Sessions</h2>
        <SignOutEverywhereForm />
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-4">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-900">Delete account</h2>
        <DeleteAccountForm hasPassword={hasPassword} />
      </section>
      <CalendarSection userId={user.id} />
      <PushSection />
    </div>
  );
}

export default withDatabaseNotice(AccountPage);
