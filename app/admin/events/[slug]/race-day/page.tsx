import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { getRaceDay, type LastPublish } from "@/lib/server/admin/get-race-day";
import { eventSlugSchema } from "@/lib/validation/params";
import { formatInTimeZone } from "@/lib/format/date-time";
import { stageTitleValues } from "@/lib/format/stage-label";
import type { AppLocale } from "@/lib/i18n/locales";
import { StartTimes } from "@/components/admin/start-times";
import { Countdown } from "@/components/time/countdown";
import { Badge } from "@/components/ui/badge";
import { TextLink } from "@/components/ui/text-link";
import { AdminBreadcrumb } from "@/components/admin/admin-breadcrumb";
import { withDatabaseNotice } from "@/components/site/database-unavailable";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.raceDay") }) };
}

type Props = { params: Promise<{ slug: string }> };

const CARD = "space-y-2 rounded-lg border border-sand-200 bg-white p-4";

async function LastPublishSummary({ last, timeZone, locale }: { last: LastPublish | null; timeZone: string; locale: AppLocale }) {
  const [t, tCommon] = await Promise.all([getTranslations("admin.raceDay"), getTranslations("common")]);
  if (!last) return <p className="text-stone-700">{t("nonePublished")}</p>;
  const values = {
    what: last.stage ? tCommon("stageTitle", stageTitleValues(last.stage)) : t("finalClassification"),
    // The audit actions are publish-… and correct-… (stage or final results).
    verb: last.action.startsWith("correct") ? "corrected" : "published",
    when: formatInTimeZone(last.at, timeZone, {}, locale),
    b: (chunks: React.ReactNode) => <span className="font-semibold">{chunks}</span>,
  };
  return (
    <>
      <p>{last.actorName ? t.rich("publishedBy", { ...values, actor: last.actorName }) : t.rich("published", values)}</p>
      <p className="text-lg font-semibold">
        {last.players === null || last.durationMs === null ? t("noFigures") : t("rescored", { players: last.players, ms: last.durationMs })}
      </p>
    </>
  );
}

async function RaceDayPage({ params }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  await requireAdminPage(`/admin/events/${slug.success ? slug.data : ""}/race-day`);
  if (!slug.success) notFound();
  const day = await getRaceDay(db, slug.data);
  if (!day) notFound();
  const { event, now, current, nextLock, waiting, lastPublish } = day;
  const [t, tCommon, locale] = await Promise.all([getTranslations("admin"), getTranslations("common"), getLocale()]);
  const title = (stage: { number: number; type?: string; name: string | null }) => tCommon("stageTitle", stageTitleValues(stage));
  const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const base = `/admin/events/${event.slug}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <AdminBreadcrumb event={{ slug: event.slug, name: event.name }} current={t("crumbs.raceDay")} />
        <h1 className="text-2xl font-bold">{t("raceDay.heading")}</h1>
        <p className="text-stone-700">
          {t.rich("raceDay.summary", {
            event: event.name,
            zone: event.timeZone,
            now: formatInTimeZone(now, event.timeZone, {}, locale),
            link: (chunks) => (
              <TextLink tone="plain" href={`${base}/timetable`}>
                {chunks}
              </TextLink>
            ),
          })}
        </p>
      </header>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="running" className={CARD}>
          <h2 id="running" className="text-lg font-bold">
            {t("raceDay.running")}
          </h2>
          {current ? (
            <>
              <p className="text-xl font-semibold">{title(current)}</p>
              <p>{tCommon("route", { start: current.startTown, finish: current.finishTown })}</p>
              <div className="text-sm">
                <span className="text-stone-600">{t("raceDay.started")}</span>
                <StartTimes startsAt={current.startsAt} timeZone={event.timeZone} />
              </div>
            </>
          ) : (
            <p className="text-stone-700">{t("raceDay.noneStarted")}</p>
          )}
        </section>

        <section aria-labelledby="next-lock" className={CARD}>
          <h2 id="next-lock" className="text-lg font-bold">
            {t("raceDay.nextLock")}
          </h2>
          {nextLock ? (
            <>
              <p className="text-xl font-semibold">{title(nextLock)}</p>
              <p aria-label={t("raceDay.locksIn", { stage: title(nextLock) })}>
                <Countdown targetIso={nextLock.startsAt.toISOString()} serverNowIso={now.toISOString()} />
              </p>
              <div className="text-sm">
                <StartTimes startsAt={nextLock.startsAt} timeZone={event.timeZone} />
              </div>
            </>
          ) : (
            <p className="text-stone-700">{t("raceDay.noneToLock")}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="waiting" className={CARD}>
        <h2 id="waiting" className="text-lg font-bold">
          {t("raceDay.waiting")}
        </h2>
        {waiting.length === 0 ? (
          <p className="text-stone-700">{t("raceDay.allPublished")}</p>
        ) : (
          <ul className="divide-y divide-sand-100">
            {waiting.map((stage) => (
              <li key={stage.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{title(stage)}</span>
                  {stage.resultsStatus === "DRAFT" ? (
                    <Badge tone="warning">{t("raceDay.draft")}</Badge>
                  ) : (
                    <Badge tone="muted">{t("raceDay.noResults")}</Badge>
                  )}
                </span>
                <TextLink href={`${base}/results/${stage.number}`}>
                  {stage.resultsStatus === "DRAFT"
                    ? t.rich("raceDay.publish", { stage: title(stage), hidden })
                    : t.rich("raceDay.enter", { stage: title(stage), hidden })}
                </TextLink>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="last-publish" className={CARD}>
        <h2 id="last-publish" className="text-lg font-bold">
          {t("raceDay.lastPublish")}
        </h2>
        <LastPublishSummary last={lastPublish} timeZone={event.timeZone} locale={locale} />
      </section>
    </div>
  );
}

export default withDatabaseNotice(RaceDayPage);
