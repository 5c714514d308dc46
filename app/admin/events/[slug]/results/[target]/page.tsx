import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getResultsEntry } from "@/lib/server/results/get-results-entry";
import { finalResultsAction, stageResultsAction } from "@/lib/server/actions/admin-results";
import { eventSlugSchema } from "@/lib/validation/params";
import { stageTitle } from "@/lib/format/stage-label";
import { ResultsGrid } from "@/components/admin/results-grid";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const metadata: Metadata = { title: "Enter results · Admin" };

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
  const title = entry.stage ? stageTitle(entry.stage) : "Final classification";

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/admin/events/${slug}/results`} className="hover:underline">
          {entry.event.name}: results
        </Link>{" "}
        / {title}
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-sm text-stone-700">
        Status: <span className="font-semibold">{entry.status ? entry.status.toLowerCase() : "no results yet"}</span>.
        {entry.stage?.correctionReason ? ` Last correction: ${entry.stage.correctionReason}.` : ""} Save a draft, then publish: publishing
        scores every player and shows the results as provisional; a change after that is a correction with a reason.
      </p>
      <ResultsGrid
        crews={entry.crews}
        initialRows={entry.rows}
        status={entry.status}
        version={entry.version}
        target={entry.stage ? { name: "stageId", id: entry.stage.id } : { name: "eventId", id: entry.event.id }}
        action={entry.stage ? stageResultsAction : finalResultsAction}
        showPenalty={entry.stage !== null}
      />
    </div>
  );
}

export default withDatabaseNotice(ResultsEntryPage);
