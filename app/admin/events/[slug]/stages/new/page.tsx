import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getEventSummary } from "@/lib/server/admin/get-admin-parts";
import { eventSlugSchema } from "@/lib/validation/params";
import { timeZoneLabel } from "@/lib/format/date-time";
import { StageForm } from "@/components/admin/stage-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const metadata: Metadata = { title: "New stage · Admin" };

type Props = { params: Promise<{ slug: string }> };

async function NewStagePage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.data ?? ""}/stages/new`);
  const event = slug.success ? await getEventSummary(db, slug.data) : null;
  if (!event) notFound();
  const last = event.stages.at(-1);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm text-stone-600">
        <Link href="/admin/events" className="hover:underline">
          Events
        </Link>{" "}
        /{" "}
        <Link href={`/admin/events/${event.slug}#stages`} className="hover:underline">
          {event.name}
        </Link>{" "}
        / New stage
      </p>
      <h1 className="text-2xl font-bold">New stage</h1>
      <p className="text-stone-700">
        {event.stages.length} stages so far. Stages run in number order, so each one must start after the one before it.
      </p>
      <StageForm
        mode="create"
        eventId={event.id}
        timeZone={event.timeZone}
        timeZoneLabel={timeZoneLabel(new Date(), event.timeZone)}
        nextNumber={last ? last.number + 1 : 0}
      />
    </div>
  );
}

export default withDatabaseNotice(NewStagePage);
