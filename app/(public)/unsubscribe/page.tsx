import type { Metadata } from "next";
import { readUnsubscribeRequest } from "@/lib/server/notifications/unsubscribe-link";
import { UnsubscribeForm } from "@/components/email/unsubscribe-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const WHAT = { reminders: "lock reminders", results: "results emails" } as const;

export default async function Page({ searchParams }: Props) {
  const query = await searchParams;
  const request = readUnsubscribeRequest(query);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Unsubscribe</h1>
      {request ? (
        <>
          <p>Stop receiving {WHAT[request.topic]} by email? You can turn them back on from your account page.</p>
          <UnsubscribeForm query={{ u: request.userId, t: request.topic, s: String(query.s) }} label={`Stop ${WHAT[request.topic]}`} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          This unsubscribe link is not valid. Change what you receive on <TextLink href="/account">your account page</TextLink>.
        </p>
      )}
    </div>
  );
}
