import type { Metadata } from "next";
import { db } from "@/lib/server/db";
import { isEmailLinkUsable } from "@/lib/server/auth/email-links";
import { ResetPasswordForm } from "@/components/email/reset-password-form";
import { TextLink } from "@/components/ui/text-link";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the link only shows the form (a mail scanner that follows links uses nothing up).
async function Page({ searchParams }: Props) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length <= 200 && (await isEmailLinkUsable(db, "RESET_PASSWORD", token));
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="text-stone-700">Saving it signs you out on every device; then sign in with the new password.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          This link does not work any more: it was used, replaced by a newer one, or is over an hour old.{" "}
          <TextLink href="/forgot-password">Ask for a new link</TextLink>
        </p>
      )}
    </div>
  );
}

export default withDatabaseNotice(Page);
