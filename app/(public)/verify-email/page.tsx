import type { Metadata } from "next";
import { db } from "@/lib/server/db";
import { isEmailLinkUsable } from "@/lib/server/auth/email-links";
import { ConfirmEmailForm } from "@/components/email/confirm-email-form";
import { TextLink } from "@/components/ui/text-link";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the link only shows the button: mail scanners follow links, and must not use it up.
async function Page({ searchParams }: Props) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length <= 200 && (await isEmailLinkUsable(db, "VERIFY_EMAIL", token));
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Confirm your email</h1>
      {usable ? (
        <>
          <p className="text-stone-700">One click and your account is ready: lock reminders and results can then reach you by email.</p>
          <ConfirmEmailForm token={token} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          This link does not work any more: it was used, replaced by a newer one, or is over an hour old. Sign in, then ask for a new one on
          your account page.
        </p>
      )}
      <p className="text-sm">
        <TextLink href="/sign-in">Sign in</TextLink> · <TextLink href="/">Home</TextLink>
      </p>
    </div>
  );
}

export default withDatabaseNotice(Page);
