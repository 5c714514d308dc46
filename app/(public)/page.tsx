import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { getHomeSummary } from "@/lib/server/events/get-home-summary";
import { formatDateRange } from "@/lib/format/date-time";
import { stageTitleValues } from "@/lib/format/stage-label";
import { DEFAULT_RULES } from "@/lib/game/rules";
import { CrewCard } from "@/components/crews/crew-card";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { Countdown } from "@/components/time/countdown";
import { StageStart } from "@/components/time/stage-start";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";

export const dynamic = "force-dynamic";

async function HomePage() {
  const [{ now, events, spotlight, nextLock }, locale, t, tCommon] = await Promise.all([
    getHomeSummary(db),
    getLocale(),
    getTranslations("home"),
    getTranslations("common"),
  ]);
  const featured = spotlight?.featuredTeam;

  return (
    <div className="space-y-10">
      <section aria-labelledby="intro" className="space-y-3">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {t("intro.title")}
        </h1>
        <p className="max-w-2xl text-lg text-stone-700">{t("intro.body", { budget: DEFAULT_RULES.budget })}</p>
      </section>

      {nextLock ? (
        <section aria-labelledby="next-lock" className="rounded-xl bg-night-900 p-5 text-sand-50 shadow-lg sm:p-6">
          <h2 id="next-lock" className="text-sm font-semibold tracking-wider text-sand-200 uppercase">
            {t("nextLock.heading", { isSample: nextLock.event.isSample ? "yes" : "no" })}
          </h2>
          <p className="mt-1 text-lg font-semibold">
            {t.rich("nextLock.summary", {
              eventName: nextLock.event.name,
              stage: tCommon("stageTitle", stageTitleValues(nextLock)),
              route: tCommon("route", { start: nextLock.startTown, finish: nextLock.finishTown }),
              event: (chunks) => (
                <Link href={`/events/${nextLock.event.slug}`} className="underline-offset-4 hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <p className="mt-3">
            <span className="sr-only">{t("nextLock.locksIn")}</span>
            <Countdown targetIso={nextLock.startsAt.toISOString()} serverNowIso={now.toISOString()} />
          </p>
          <div className="mt-3 text-sand-100 [&_.text-stone-600]:text-sand-200">
            <StageStart startsAt={nextLock.startsAt} eventTimeZone={nextLock.event.timeZone} />
          </div>
        </section>
      ) : (
        <section aria-labelledby="next-lock" className="rounded-xl border border-sand-200 bg-white p-5">
          <h2 id="next-lock" className="font-semibold">
            {t("nextLock.noneHeading")}
          </h2>
          <p className="text-stone-700">{t("nextLock.noneBody")}</p>
        </section>
      )}

      {spotlight && featured ? (
        <section aria-labelledby="featured-team" className="space-y-4">
          <div>
            <h2 id="featured-team" className="text-2xl font-bold">
              {t.rich("featured.heading", { name: featured.name, team: (chunks) => <bdi>{chunks}</bdi> })}
            </h2>
            <p className="text-stone-700">
              {t("featured.summary", {
                details: [featured.vehicle, t("featured.event", { event: spotlight.name, isSample: spotlight.isSample ? "yes" : "no" })]
                  .filter(Boolean)
                  .join(" · "),
              })}
            </p>
          </div>
          <ul className="grid gap-3 sm:grid-cols-3">
            {featured.crews.map((crew) => (
              <li key={crew.id}>
                <CrewCard crew={crew} vehicle={featured.vehicle} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id="events" aria-labelledby="events-heading" className="space-y-3">
        <h2 id="events-heading" className="text-2xl font-bold">
          {t("events.heading")}
        </h2>
        {events.length === 0 ? (
          <p className="text-stone-700">{t("events.none")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.id} className="rounded-lg border border-sand-200 bg-white p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/events/${event.slug}`} className="hover:underline">
                      {event.name}
                    </Link>
                  </h3>
                  <EventStatusBadge status={event.status} isSample={event.isSample} />
                </div>
                <p className="text-sm text-stone-700">
                  {[
                    formatDateRange(event.startDate, event.endDate, locale),
                    event.country,
                    t("events.stages", { count: event._count.stages }),
                    t("events.crews", { count: event._count.crews }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {/* Admins write descriptions in one language: dir="auto" sets them in that language's direction. */}
                {event.description ? (
                  <p dir="auto" className="mt-2 text-sm">
                    {event.description}
                  </p>
                ) : null}
                <p className="mt-2 flex gap-4 text-sm font-semibold">
                  <TextLink tone="plain" href={`/events/${event.slug}/leaderboard`}>
                    {t("events.leaderboard")}
                  </TextLink>
                  {event.status === "UPCOMING" || event.status === "LIVE" ? (
                    <TextLink tone="plain" href={`/play/${event.slug}`}>
                      {t("events.play")}
                    </TextLink>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export default withDatabaseNotice(HomePage);
