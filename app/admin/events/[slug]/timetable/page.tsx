import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getAdminEvent } from "@/lib/server/admin/get-admin-event";
import { eventSlugSchema } from "@/lib/validation/params";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { utcToLocalInput } from "@/lib/format/zoned-time";
import { stageTitle } from "@/lib/format/stage-label";
import { TimetableForm, type TimetableStage } from "@/components/admin/timetable-form";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const metadata: Metadata = { title: "Timetable · Admin" };

type Props = { params: Promise<{ slug: string }> };

async function TimetablePage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.success ? slug.data : ""}/timetable`);
  if (!slug.success) notFound();
  const page = await getAdminEvent(db, slug.data);
  if (!page) notFound();
  const { event, now } = page;
  const stages: TimetableStage[] = event.stages.map((stage) => ({
    id: stage.id,
    version: stage.version,
    title: stageTitle(stage),
    isLocked: stage.startsAt <= now,
    isCancelled: stage.status === "CANCELLED",
    startsAtLocal: utcToLocalInput(stage.startsAt, event.timeZone),
    startTown: stage.startTown,
    finishTown: stage.finishTown,
    specialKm: stage.specialKm?.toString() ?? "",
    totalKm: stage.totalKm?.toString() ?? "",
  }));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/admin/events" className="hover:underline">
            Events
          </Link>{" "}
          /{" "}
          <Link href={`/admin/events/${event.slug}#stages`} className="hover:underline">
            {event.name}
          </Link>{" "}
          / Timetable
        </p>
        <h1 className="text-2xl font-bold">Timetable</h1>
        <p className="text-stone-700">
          Starts are local time in {event.timeZone} (it is now {formatInTimeZone(now, event.timeZone)} there). A start is also the
          stage&rsquo;s lock: it may only move to a time still to come, never once the stage has started, and stages keep their number
          order. Routes and distances may change at any time. Everything is saved at once, or nothing if a row needs fixing.
        </p>
      </header>
      {stages.length === 0 ? (
        <p className="text-stone-700">No stages yet.</p>
      ) : (
        <TimetableForm eventId={event.id} stages={stages} zoneLabel={timeZoneLabel(now, event.timeZone)} />
      )}
    </div>
  );
}

export default withDatabaseNotice(TimetablePage);
