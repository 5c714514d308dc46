import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getAdminEvent, type AdminEvent } from "@/lib/server/admin/get-admin-event";
import { listSeasons } from "@/lib/server/admin/list-admin-events";
import { listTimeZones } from "@/lib/server/admin/time-zones";
import { eventSlugSchema } from "@/lib/validation/params";
import { formatDateRange, toIsoDate } from "@/lib/format/date-time";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { EventForm, type EditableEvent } from "@/components/admin/event-form";
import { EventNextSteps } from "@/components/admin/event-next-steps";
import { EventTeams } from "@/components/admin/event-teams";
import { AdminCrewTable } from "@/components/admin/admin-crew-table";
import { AdminStageTable } from "@/components/admin/admin-stage-table";
import { ConfirmPricesForm } from "@/components/admin/confirm-prices-form";
import { EntryListImport } from "@/components/admin/entry-list-import";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Event · Admin" };

function toEditable(event: AdminEvent): EditableEvent {
  const rules = event.rules as Record<string, unknown>;
  return {
    id: event.id,
    version: event.version,
    seasonId: event.seasonId,
    slug: event.slug,
    name: event.name,
    country: event.country,
    timeZone: event.timeZone,
    startDate: toIsoDate(event.startDate),
    endDate: toIsoDate(event.endDate),
    status: event.status,
    isSample: event.isSample,
    description: event.description,
    rulesJson: Object.keys(rules).length > 0 ? JSON.stringify(rules, null, 2) : "",
    featuredTeamId: event.featuredTeamId,
    teams: event.teams.map((team) => ({ id: team.id, name: team.name })),
  };
}

async function AdminEventPage({ params, searchParams }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.success ? slug.data : ""}`);
  if (!slug.success) notFound();
  const [page, seasons, { created }] = await Promise.all([getAdminEvent(db, slug.data), listSeasons(db), searchParams]);
  if (!page) notFound();
  const { event, now } = page;
  const base = `/admin/events/${event.slug}`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/admin/events" className="hover:underline">
            Events
          </Link>{" "}
          / {event.season.name}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{event.name}</h1>
          <EventStatusBadge status={event.status} isSample={event.isSample} />
        </div>
        <p className="text-stone-700">
          {formatDateRange(event.startDate, event.endDate)} · local time {event.timeZone} · {event._count.rosters} players
        </p>
        <p>
          <TextLink href={`${base}/race-day`}>Race-day view</TextLink>: the running stage, the next lock and results to publish
        </p>
        {created ? (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
            Event created. Add its teams, crews and stages next.
          </p>
        ) : null}
      </header>

      <EventNextSteps event={event} />

      <section aria-labelledby="details" className="space-y-3">
        <h2 id="details" className="text-xl font-bold">
          Event details
        </h2>
        <EventForm seasons={seasons} timeZones={listTimeZones()} event={toEditable(event)} />
      </section>

      <section aria-labelledby="teams" className="space-y-3">
        <h2 id="teams" className="text-xl font-bold">
          Teams
        </h2>
        <EventTeams event={event} />
      </section>

      <section aria-labelledby="crews" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="crews" className="text-xl font-bold">
            Crews
          </h2>
          <TextLink href={`${base}/crews/new`}>Add a crew</TextLink>
        </div>
        <AdminCrewTable event={event} />
        <ConfirmPricesForm eventId={event.id} sampleCount={event.crews.filter((crew) => crew.isSamplePrice).length} />
      </section>

      <section aria-labelledby="entry-list" className="space-y-3">
        <h2 id="entry-list" className="text-xl font-bold">
          Import the entry list
        </h2>
        <EntryListImport
          eventId={event.id}
          crewNumbers={event.crews.flatMap((crew) => (crew.number === null ? [] : [crew.number]))}
          teamNames={event.teams.map((team) => team.name)}
        />
      </section>

      <section aria-labelledby="stages" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="stages" className="text-xl font-bold">
            Stages
          </h2>
          <span className="flex flex-wrap gap-4">
            <TextLink href={`${base}/race-day`}>Race day</TextLink>
            <TextLink href={`${base}/timetable`}>Edit the timetable</TextLink>
            <TextLink href={`${base}/notifications`}>Reminders and notices</TextLink>
            <TextLink href={`${base}/stages/new`}>Add a stage</TextLink>
          </span>
        </div>
        <AdminStageTable event={event} now={now} />
      </section>
    </div>
  );
}

export default withDatabaseNotice(AdminEventPage);
