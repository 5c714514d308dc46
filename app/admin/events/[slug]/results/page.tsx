import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listResultsOverview } from "@/lib/server/results/get-results-entry";
import { eventSlugSchema } from "@/lib/validation/params";
import { stageTitle } from "@/lib/format/stage-label";
import { Badge } from "@/components/ui/badge";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Results · Admin" };

type Props = { params: Promise<{ slug: string }> };

const STATUS_TONE = { DRAFT: "warning", PROVISIONAL: "accent", OFFICIAL: "success" } as const;

async function ResultsOverviewPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  await requireAdminPage(`/admin/events/${slug.data}/results`);
  const event = await listResultsOverview(db, slug.data);
  if (!event) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/admin/events/${event.slug}`} className="hover:underline">
          {event.name}
        </Link>{" "}
        / results
      </p>
      <h1 className="text-2xl font-bold">Results: {event.name}</h1>
      <ul className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
        {event.stages.map((stage) => (
          <li key={stage.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
            <TextLink href={`/admin/events/${event.slug}/results/${stage.number}`}>{stageTitle(stage)}</TextLink>
            <span className="flex flex-wrap gap-1 text-sm">
              {stage.status === "CANCELLED" ? <Badge tone="muted">Cancelled</Badge> : null}
              {stage.resultsStatus ? (
                <Badge tone={STATUS_TONE[stage.resultsStatus]}>{stage.resultsStatus.toLowerCase()}</Badge>
              ) : (
                <Badge>no results</Badge>
              )}
              {stage.correctedAt ? <Badge tone="warning">corrected</Badge> : null}
              <span className="text-stone-600">{stage._count.results} rows</span>
            </span>
          </li>
        ))}
        <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
          <TextLink href={`/admin/events/${event.slug}/results/final`}>Final classification</TextLink>
          {event.finalStatus ? (
            <Badge tone={STATUS_TONE[event.finalStatus]}>{event.finalStatus.toLowerCase()}</Badge>
          ) : (
            <Badge>no results</Badge>
          )}
        </li>
      </ul>
    </div>
  );
}

export default withDatabaseNotice(ResultsOverviewPage);
