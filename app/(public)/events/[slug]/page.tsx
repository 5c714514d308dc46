import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { getEventPage } from "@/lib/server/events/get-event-page";
import { eventSlugSchema } from "@/lib/validation/params";
import { formatDateRange } from "@/lib/format/date-time";
import { formatStageTime } from "@/lib/format/duration";
import { CrewCard } from "@/components/crews/crew-card";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { StageTable } from "@/components/events/stage-table";
import { Badge } from "@/components/ui/badge";
import { withDatabaseNotice, withMetadataFallback } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  return slug.success ? getEventPage(db, slug.data) : null;
}

async function readMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  return { title: page?.event.name ?? "Event not found" };
}

async function EventPage({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { event, now } = page;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/" className="hover:underline">
            Home
          </Link>{" "}
          / {event.season.name}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{event.name}</h1>
          <EventStatusBadge status={event.status} isSample={event.isSample} />
        </div>
        <p className="text-stone-700">
          {formatDateRange(event.startDate, event.endDate)}
          {event.country ? ` · ${event.country}` : ""} · local time {event.timeZone}
          {event.featuredTeam ? ` · featured team ${event.featuredTeam.name}` : ""}
        </p>
        {event.description ? <p className="max-w-3xl">{event.description}</p> : null}
        <p>
          <TextLink href={`/events/${event.slug}/leaderboard`}>Leaderboard</TextLink>
        </p>
        {event.status === "UPCOMING" || event.status === "LIVE" ? (
          <p>
            <Link
              href={`/play/${event.slug}`}
              className="inline-flex min-h-11 items-center rounded-md bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600"
            >
              Build your roster and call the podiums
            </Link>
          </p>
        ) : null}
      </header>

      <section aria-labelledby="stages" className="space-y-3">
        <h2 id="stages" className="text-2xl font-bold">
          Stages
        </h2>
        <p className="text-sm text-stone-700">
          Rosters and podium calls for a stage lock at its start. Times show in your time zone, with the event&apos;s local time below.
        </p>
        <StageTable stages={event.stages} now={now} timeZone={event.timeZone} eventSlug={event.slug} />
        <p className="text-sm">
          {/* A file, not a page: a plain link, so the browser hands it to the calendar app. */}
          <a href={`/api/v1/events/${event.slug}/calendar.ics`} className="font-semibold text-dune-700 underline">
            Add stage locks to your calendar
          </a>{" "}
          <span className="text-stone-700">(an .ics file; your account page has a personal feed of every event you play, with alarms)</span>
        </p>
      </section>

      {event.finalResults.length > 0 ? (
        <section aria-labelledby="final" className="space-y-3">
          <h2 id="final" className="text-2xl font-bold">
            Final Stock classification
          </h2>
          <ol className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
            {event.finalResults.map((result) => (
              <li key={result.id} className="flex items-center justify-between gap-3 px-4 py-2">
                <span>
                  <span className="mr-2 font-mono font-bold">{result.position ? `P${result.position}` : result.status}</span>
                  <Link href={`/crews/${result.crew.id}`} className="hover:underline">
                    {result.crew.driver}
                  </Link>
                  {result.crew.coDriver ? <span className="text-stone-600"> / {result.crew.coDriver}</span> : null}
                </span>
                {result.timeSeconds !== null ? <span className="font-mono text-sm">{formatStageTime(result.timeSeconds)}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="field" className="space-y-6">
        <div>
          <h2 id="field" className="text-2xl font-bold">
            The Stock field
          </h2>
          {event.isSample ? <p className="text-sm text-stone-700">Sample field: the entry list is not published yet.</p> : null}
        </div>
        {event.teams.map((team) => (
          <section key={team.id} aria-labelledby={`team-${team.id}`} className="space-y-2">
            <div className="flex flex-wrap items-center gap-2">
              <h3 id={`team-${team.id}`} className="text-lg font-semibold">
                {team.name}
              </h3>
              {team.id === event.featuredTeamId ? <Badge tone="accent">Featured team</Badge> : null}
            </div>
            {team.vehicle ? <p className="text-sm text-stone-700">{team.vehicle}</p> : null}
            {team.crews.length === 0 ? (
              <p className="text-sm text-stone-600">No crews entered.</p>
            ) : (
              <ul className="grid gap-3 sm:grid-cols-3">
                {team.crews.map((crew) => (
                  <li key={crew.id}>
                    <CrewCard crew={crew} vehicle={crew.vehicle ?? team.vehicle} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>
    </div>
  );
}

export const generateMetadata = withMetadataFallback(readMetadata);

export default withDatabaseNotice(EventPage);
