import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listResultsOverview } from "@/lib/server/results/get-results-entry";
import { eventSlugSchema } from "@/lib/validation/params";
import { stageTitleValues } from "@/lib/format/stage-label";
import { Badge } from "@/components/ui/badge";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.results") }) };
}

type Props = { params: Promise<{ slug: string }> };

const STATUS_TONE = { DRAFT: "warning", PROVISIONAL: "accent", OFFICIAL: "success" } as const;

async function ResultsOverviewPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  await requireAdminPage(`/admin/events/${slug.data}/results`);
  const event = await listResultsOverview(db, slug.data);
  if (!event) notFound();
  const [t, tCommon] = await Promise.all([getTranslations("admin"), getTranslations("common")]);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/admin/events/${event.slug}`} className="hover:underline">
          {event.name}
        </Link>{" "}
        / {t("crumbs.results")}
      </p>
      <h1 className="text-2xl font-bold">{t("results.heading", { event: event.name })}</h1>
      <ul className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
        {event.stages.map((stage) => (
          <li key={stage.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
            <TextLink href={`/admin/events/${event.slug}/results/${stage.number}`}>
              {tCommon("stageTitle", stageTitleValues(stage))}
            </TextLink>
            <span className="flex flex-wrap gap-1 text-sm">
              {stage.status === "CANCELLED" ? <Badge tone="muted">{t("results.cancelled")}</Badge> : null}
              {stage.resultsStatus ? (
                <Badge tone={STATUS_TONE[stage.resultsStatus]}>{t("results.status", { status: stage.resultsStatus })}</Badge>
              ) : (
                <Badge>{t("results.status", { status: "NONE" })}</Badge>
              )}
              {stage.correctedAt ? <Badge tone="warning">{t("results.corrected")}</Badge> : null}
              <span className="text-stone-600">{t("results.rows", { count: stage._count.results })}</span>
            </span>
          </li>
        ))}
        <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
          <TextLink href={`/admin/events/${event.slug}/results/final`}>{t("results.final")}</TextLink>
          {event.finalStatus ? (
            <Badge tone={STATUS_TONE[event.finalStatus]}>{t("results.status", { status: event.finalStatus })}</Badge>
          ) : (
            <Badge>{t("results.status", { status: "NONE" })}</Badge>
          )}
        </li>
      </ul>
    </div>
  );
}

export default withDatabaseNotice(ResultsOverviewPage);
