import type { Metadata } from "next";
import { db } from "@/lib/server/db";
import { verifyEmailLink } from "@/lib/server/auth/email-links";
import { TextLink } from "@/components/ui/text-link";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

async function Page({ searchParams }: Props) {
  const { token } = await searchParams;
  const outcome = typeof token === "string" && token.length <= 200 ? await verifyEmailLink(db, token) : "invalid";
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Confirm your email</h1>
      {outcome === "verified" ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 font-medium text-emerald-900">
          Your address is confirmed. Lock reminders and results can now reach you by email.
        </p>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          This link does not work any more: it was used, replaced by a newer one, or is over an hour old. Ask for a new one on your account
          page.
        </p>
      )}
      <p className="text-sm">
        <TextLink href="/account">Your account</TextLink> · <TextLink href="/">Home</TextLink>
      </p>
    </div>
  );
}

export default withDatabaseNotice(Page);
