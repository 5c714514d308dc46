import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getResultsEntry } from "@/lib/server/results/get-results-entry";
import { finalResultsAction, stageResultsAction } from "@/lib/server/actions/admin-results";
import { eventSlugSchema } from "@/lib/validation/params";
import { stageTitleValues } from "@/lib/format/stage-label";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ResultsGrid } from "@/components/admin/results-grid";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.enterResults") }) };
}

type Props = { params: Promise<{ slug: string; target: string }> };

const paramsSchema = z.object({
  slug: eventSlugSchema,
  target: z.union([z.literal("final"), z.coerce.number().int().min(0).max(100)]),
});

async function ResultsEntryPage({ params }: Props) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { slug, target } = parsed.data;
  await requireAdminPage(`/admin/events/${slug}/results/${target}`);
  const entry = await getResultsEntry(db, slug, target);
  if (!entry) notFound();
  const [t, tCommon] = await Promise.all([getTranslations("admin"), getTranslations("common")]);
  const title = entry.stage ? tCommon("stageTitle", stageTitleValues(entry.stage)) : t("results.final");

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/admin/events/${slug}/results`} className="hover:underline">
          {t("crumbs.eventResults", { event: entry.event.name })}
        </Link>{" "}
        / {title}
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-sm text-stone-700">
        {t.rich("entry.status", {
          status: entry.status ?? "NONE",
          b: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}{" "}
        {entry.stage?.correctionReason ? <>{t("entry.lastCorrection", { reason: entry.stage.correctionReason })} </> : null}
        {t("entry.howTo")}
      </p>
      <ClientMessages groups={["admin.forms.results", "admin.csv"]}>
        <ResultsGrid
          crews={entry.crews}
          initialRows={entry.rows}
          status={entry.status}
          version={entry.version}
          target={entry.stage ? { name: "stageId", id: entry.stage.id } : { name: "eventId", id: entry.event.id }}
          action={entry.stage ? stageResultsAction : finalResultsAction}
          showPenalty={entry.stage !== null}
        />
      </ClientMessages>
    </div>
  );
}

export default withDatabaseNotice(ResultsEntryPage);
