import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { DEFAULT_LOCALE, LOCALE_PARAM } from "@/lib/i18n/locales";
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
import { ReplayEntry } from "@/components/replay/replay-entry";
import { getCurrentUser } from "@/lib/server/auth/session";
import { findActiveRun } from "@/lib/server/replay/list-runs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  return slug.success ? getEventPage(db, slug.data) : null;
}

async function readMetadata({ params }: Props): Promise<Metadata> {
  const [page, t] = await Promise.all([load(params), getTranslations("events")]);
  return { title: page?.event.name ?? t("event.notFound") };
}

async function EventPage({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { event, now } = page;
  const isReplayable = event.status === "COMPLETED";
  const [t, locale, viewer] = await Promise.all([getTranslations("events"), getLocale(), isReplayable ? getCurrentUser() : null]);
  const activeRun = viewer && isReplayable ? await findActiveRun(db, viewer.id, event.id) : null;
  const facts = [
    formatDateRange(event.startDate, event.endDate, locale),
    event.country,
    t("event.localTime", { zone: event.timeZone }),
    event.featuredTeam ? t.rich("event.featuredTeam", { name: event.featuredTeam.name, team: (chunks) => <bdi>{chunks}</bdi> }) : null,
  ].filter(Boolean);

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/" className="hover:underline">
            {t("event.home")}
          </Link>
          {" / "}
          {event.season.name}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{event.name}</h1>
          <EventStatusBadge status={event.status} isSample={event.isSample} />
        </div>
        <p className="text-stone-700">
          {facts.map((fact, index) => (
            <span key={index}>
              {index > 0 ? " · " : null}
              {fact}
            </span>
          ))}
        </p>
        {/* Admins write descriptions in one language: dir="auto" sets them in that language's direction. */}
        {event.description ? (
          <p dir="auto" className="max-w-3xl">
            {event.description}
          </p>
        ) : null}
        <p>
          <TextLink href={`/events/${event.slug}/leaderboard`}>{t("event.leaderboard")}</TextLink>
        </p>
        {event.status === "UPCOMING" || event.status === "LIVE" ? (
          <p>
            <Link
              href={`/play/${event.slug}`}
              className="inline-flex min-h-11 items-center rounded-md bg-dune-700 px-4 py-2 font-semibold text-white hover:bg-dune-600"
            >
              {t("event.play")}
            </Link>
          </p>
        ) : null}
      </header>

      {isReplayable ? <ReplayEntry eventSlug={event.slug} isSignedIn={viewer !== null} activeRunId={activeRun?.id ?? null} /> : null}

      <section aria-labelledby="stages" className="space-y-3">
        <h2 id="stages" className="text-2xl font-bold">
          {t("event.stagesHeading")}
        </h2>
        <p className="text-sm text-stone-700">{t("event.stagesIntro")}</p>
        <StageTable stages={event.stages} now={now} timeZone={event.timeZone} eventSlug={event.slug} />
        <p className="text-sm">
          {/* A file, not a page: a plain link, so the browser hands it to the calendar app. */}
          <a
            href={`/api/v1/events/${event.slug}/calendar.ics${locale === DEFAULT_LOCALE ? "" : `?${LOCALE_PARAM}=${locale}`}`}
            className="font-semibold text-dune-700 underline"
          >
            {t("event.calendarLink")}
          </a>{" "}
          <span className="text-stone-700">{t("event.calendarNote")}</span>
        </p>
      </section>

      {event.finalResults.length > 0 ? (
        <section aria-labelledby="final" className="space-y-3">
          <h2 id="final" className="text-2xl font-bold">
            {t("event.finalHeading")}
          </h2>
          <ol className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
            {event.finalResults.map((result) => (
              <li key={result.id} className="flex items-center justify-between gap-3 px-4 py-2">
                <span>
                  <span className="me-2 font-mono font-bold">
                    {result.position ? t("result.position", { position: result.position }) : t("result.status", { status: result.status })}
                  </span>
                  <Link href={`/crews/${result.crew.id}`} className="hover:underline">
                    {result.crew.driver}
                  </Link>
                  {result.crew.coDriver ? <span className="text-stone-600"> / {result.crew.coDriver}</span> : null}
                </span>
                {/* Rally times (4h04'59") read left to right in every language. */}
                {result.timeSeconds !== null ? (
                  <span dir="ltr" className="font-mono text-sm">
                    {formatStageTime(result.timeSeconds)}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="field" className="space-y-6">
        <div>
          <h2 id="field" className="text-2xl font-bold">
            {t("event.fieldHeading")}
          </h2>
          {event.isSample ? <p className="text-sm text-stone-700">{t("event.sampleField")}</p> : null}
        </div>
        {event.teams.map((team) => (
          <section key={team.id} aria-labelledby={`team-${team.id}`} className="space-y-2">
            <div className="flex flex-wrap items-center gap-2">
              <h3 id={`team-${team.id}`} className="text-lg font-semibold">
                {team.name}
              </h3>
              {team.id === event.featuredTeamId ? <Badge tone="accent">{t("event.featuredBadge")}</Badge> : null}
            </div>
            {team.vehicle ? <p className="text-sm text-stone-700">{team.vehicle}</p> : null}
            {team.crews.length === 0 ? (
              <p className="text-sm text-stone-600">{t("event.noCrews")}</p>
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
