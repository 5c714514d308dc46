import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { readUnsubscribeRequest } from "@/lib/server/notifications/unsubscribe-link";
import { UnsubscribeForm } from "@/components/email/unsubscribe-form";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.unsubscribe");
  return { title: t("title"), referrer: "no-referrer" };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const query = await searchParams;
  const request = readUnsubscribeRequest(query);
  const t = await getTranslations("account.unsubscribe");
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {request ? (
        <>
          <p>{t("question", { topic: request.topic })}</p>
          <UnsubscribeForm
            query={{ u: request.userId, t: request.topic, s: String(query.s) }}
            label={t("button", { topic: request.topic })}
          />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {t.rich("invalid", { link: (chunks) => <TextLink href="/account">{chunks}</TextLink> })}
        </p>
      )}
    </div>
  );
}
