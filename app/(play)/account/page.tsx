import type { Metadata } from "next";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { DisplayNameForm } from "@/components/account/display-name-form";
import { PasswordForm } from "@/components/account/password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

async function AccountPage() {
  const user = await requireUserPage("/account");
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
      <section aria-labelledby="name-heading" className="space-y-3">
        <h2 id="name-heading" className="text-lg font-semibold">Display name</h2>
        <DisplayNameForm current={user.displayName} />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        <PasswordForm hasPassword={hasPassword} />
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-4">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-900">Delete account</h2>
        <DeleteAccountForm hasPassword={hasPassword} />
      </section>
    </div>
  );
}

export default withDatabaseNotice(AccountPage);
