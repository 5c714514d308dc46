import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { getStagePicks } from "@/lib/server/picks/get-stage-picks";
import { readPublic } from "@/lib/server/db-read";
import { listPublishedStageResults } from "@/lib/server/events/list-published-stage-results";
import { eventSlugSchema } from "@/lib/validation/params";
import { stageTitleValues } from "@/lib/format/stage-label";
import { StageStart } from "@/components/time/stage-start";
import { StageStatus } from "@/components/events/stage-status";
import { formatCalendarDate } from "@/lib/format/date-time";
import { isPublished as isPublishedStatus } from "@/lib/game/results-status";
import { formatStageTime } from "@/lib/format/duration";
import { withDatabaseNotice, withMetadataFallback } from "@/components/site/database-unavailable";
import { StageStatsSection } from "@/components/stats/stage-stats-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; number: string }> };

const paramsSchema = z.object({ slug: eventSlugSchema, number: z.coerce.number().int().min(0).max(100) });

async function load(params: Props["params"]) {
  const parsed = paramsSchema.safeParse(await params);
  return parsed.success ? readPublic((reader) => getStagePicks(db, parsed.data.slug, parsed.data.number, reader)) : null;
}

async function readMetadata({ params }: Props): Promise<Metadata> {
  const [page, t, tCommon] = await Promise.all([load(params), getTranslations("events"), getTranslations("common")]);
  return {
    title: page
      ? t("stage.metaTitle", { stage: tCommon("stageTitle", stageTitleValues(page.stage)), event: page.stage.event.name })
      : t("stage.notFound"),
  };
}

async function StagePage({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { stage, isPublic, calls, callCount, stats, now } = page;
  const isPublished = isPublishedStatus(stage.resultsStatus);
  const [crews, results, t, tCommon, locale] = await Promise.all([
    db.crew.findMany({ where: { eventId: stage.eventId }, select: { id: true, driver: true, number: true } }),
    listPublishedStageResults(db, [stage.id]),
    getTranslations("events"),
    getTranslations("common"),
    getLocale(),
  ]);
  const crewName = new Map(crews.map((crew) => [crew.id, `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`]));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href={`/events/${stage.event.slug}`} className="hover:underline">
            {stage.event.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">
          {t("stage.heading", {
            stage: tCommon("stageTitle", stageTitleValues(stage)),
            route: tCommon("route", { start: stage.startTown, finish: stage.finishTown }),
          })}
        </h1>
        <StageStatus stage={stage} now={now} />
        <div className="text-sm">
          <StageStart startsAt={stage.startsAt} eventTimeZone={stage.event.timeZone} />
        </div>
        {stage.correctedAt ? (
          <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("stageTable.corrected", { date: formatCalendarDate(stage.correctedAt, locale) })}
            {stage.correctionReason ? (
              <>
                {": "}
                <span dir="auto">{stage.correctionReason}</span>
              </>
            ) : null}
          </p>
        ) : null}
      </header>

      {isPublished ? (
        <section aria-labelledby="results" className="space-y-3">
          <h2 id="results" className="text-xl font-bold">
            {t("stage.resultsHeading", { provisional: stage.resultsStatus === "PROVISIONAL" ? "yes" : "no" })}
          </h2>
          {results.length === 0 ? (
            <p className="text-sm">{t("stage.noPlaces")}</p>
          ) : (
            <ol className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white text-sm">
              {results.map((result) => (
                <li key={result.id} className="flex justify-between gap-3 px-3 py-2">
                  <span>
                    <span className="me-2 font-mono font-bold">
                      {result.position
                        ? t("result.position", { position: result.position })
                        : t("result.status", { status: result.status })}
                    </span>
                    <bdi>{crewName.get(result.crewId)}</bdi>
                  </span>
                  <span className="font-mono">
                    {result.timeSeconds !== null ? <span dir="ltr">{formatStageTime(result.timeSeconds)}</span> : null}
                    {result.penaltySeconds > 0 ? <> {t("result.penalty", { time: formatStageTime(result.penaltySeconds) })}</> : null}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}

      <section aria-labelledby="picks" className="space-y-3">
        <h2 id="picks" className="text-xl font-bold">
          {t("stage.picksHeading")}
        </h2>
        {!isPublic ? (
          <p className="rounded-lg border border-sand-200 bg-white p-4">
            {stage.status === "CANCELLED" ? t("stage.cancelled") : t("stage.hidden", { count: callCount })}
          </p>
        ) : (
          <>
            <h3 className="font-semibold">{t("stage.callsHeading")}</h3>
            {calls.length === 0 ? (
              <p className="text-sm">{t("stage.noCalls")}</p>
            ) : (
              <ul className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white text-sm">
                {calls.map((call) => (
                  <li key={call.user.id} className="px-3 py-2">
                    <span dir="auto" className="font-semibold">
                      {call.user.deletedAt ? t("stage.deletedPlayer") : (call.user.displayName ?? t("stage.player"))}
                    </span>
                    {": "}
                    {t("stage.callLine", {
                      p1: call.p1.driver,
                      p2: call.p2.driver,
                      p3: call.p3.driver,
                      featured: call.featuredBest?.driver ?? t("stage.noFeatured"),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      {stats ? (
        <StageStatsSection stats={stats} crewName={crewName} />
      ) : page.hasStatsPending ? (
        <p className="text-sm text-stone-700">{t("stats.pending")}</p>
      ) : null}
    </div>
  );
}

export const generateMetadata = withMetadataFallback(readMetadata);

export default withDatabaseNotice(StagePage);
