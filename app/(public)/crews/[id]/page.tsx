import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { getCrewPage, type CrewPage } from "@/lib/server/crews/get-crew-page";
import { readPublic } from "@/lib/server/db-read";
import { idParamSchema } from "@/lib/validation/params";
import { formatStageTime } from "@/lib/format/duration";
import { formatCalendarDate } from "@/lib/format/date-time";
import { NationalityFlag } from "@/components/crews/nationality-flag";
import { stageTitleValues } from "@/lib/format/stage-label";
import { Badge } from "@/components/ui/badge";
import { withDatabaseNotice, withMetadataFallback } from "@/components/site/database-unavailable";
import { CrewStatsSection } from "@/components/stats/crew-stats-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = idParamSchema.safeParse((await params).id);
  return id.success ? readPublic((reader) => getCrewPage(db, id.data, reader)) : null;
}

async function readMetadata({ params }: Props): Promise<Metadata> {
  const [page, t] = await Promise.all([load(params), getTranslations("events")]);
  return { title: page ? t("crew.metaTitle", { driver: page.crew.driver, event: page.crew.event.name }) : t("crew.notFound") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"events">>>;

function stageOutcome(stage: CrewPage["stages"][number], t: Translate): string {
  if (stage.status === "CANCELLED") return t("crew.outcomeCancelled");
  if (!stage.isPublished) return t("crew.outcomeNotPublished");
  const result = stage.result;
  if (!result) return t("crew.outcomeUnknown");
  if (result.status !== "FINISHED") return t("result.status", { status: result.status });
  const place = result.position !== null ? t("result.position", { position: result.position }) : t("crew.outcomeFinished");
  // A rally time reads left to right in every language: U+2066/U+2069 isolate it inside Arabic text.
  return result.timeSeconds !== null ? `${place} · \u2066${formatStageTime(result.timeSeconds)}\u2069` : place;
}

async function CrewPageView({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { crew, stages, finalResult, isFeatured, stats } = page;
  const [t, tCommon, locale] = await Promise.all([getTranslations("events"), getTranslations("common"), getLocale()]);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/" className="hover:underline">
            {t("crew.home")}
          </Link>
          {" / "}
          <Link href={`/events/${crew.event.slug}`} className="hover:underline">
            {crew.event.name}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          {/* Race numbers read left to right in every language, as on the cars. */}
          <span dir="ltr" className="rounded bg-night-900 px-2 py-1 font-mono font-bold text-sand-50">
            {crew.number === null ? (
              <span aria-label={t("crew.numberUnpublished")}>{tCommon("crew.number", { number: "—" })}</span>
            ) : (
              tCommon("crew.number", { number: String(crew.number) })
            )}
          </span>
          <h1 className="text-3xl font-bold tracking-tight">
            {crew.driver} <NationalityFlag code={crew.driverNationality} />
          </h1>
          {isFeatured ? <Badge tone="accent">{t("crew.featured")}</Badge> : null}
          {crew.status === "RETIRED" ? <Badge tone="muted">{t("crew.retired")}</Badge> : null}
        </div>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t("crew.coDriver")}</dt>
          <dd>
            {crew.coDriver ?? t("crew.notPublished")} <NationalityFlag code={crew.coDriverNationality} />
          </dd>
          <dt className="font-semibold">{t("crew.team")}</dt>
          <dd>{crew.team.name}</dd>
          <dt className="font-semibold">{t("crew.vehicle")}</dt>
          <dd>{crew.vehicle ?? crew.team.vehicle ?? t("crew.notPublished")}</dd>
          <dt className="font-semibold">{t("crew.category")}</dt>
          <dd>{crew.category === "STOCK" ? t("crew.stockCategory") : crew.category}</dd>
          <dt className="font-semibold">{t("crew.price")}</dt>
          <dd>
            {tCommon("crew.price", { price: crew.price })}
            {crew.isSamplePrice ? <> {t("crew.samplePrice")}</> : null}
          </dd>
          {crew.retiredAfter ? (
            <>
              <dt className="font-semibold">{t("crew.outOfRally")}</dt>
              <dd>{tCommon("stageTitle", stageTitleValues(crew.retiredAfter))}</dd>
            </>
          ) : null}
          {finalResult ? (
            <>
              <dt className="font-semibold">{t("crew.final")}</dt>
              <dd>
                {finalResult.position
                  ? t("result.position", { position: finalResult.position })
                  : t("result.status", { status: finalResult.status })}
                {finalResult.timeSeconds !== null ? (
                  <>
                    {" · "}
                    <span dir="ltr">{formatStageTime(finalResult.timeSeconds)}</span>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
        {crew.source ? <p className="text-xs text-stone-600">{t("crew.source", { source: crew.source })}</p> : null}
      </header>

      <section aria-labelledby="results" className="space-y-3">
        <h2 id="results" className="text-2xl font-bold">
          {t("crew.stagesHeading")}
        </h2>
        <ol className="divide-y divide-sand-100 rounded-lg border border-sand-200 bg-white">
          {stages.map((stage) => (
            <li key={stage.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span>
                <span className="font-semibold">{tCommon("stageTitle", stageTitleValues(stage))}</span>{" "}
                <span className="text-sm text-stone-600">
                  {formatCalendarDate(stage.startsAt, locale)}
                  {" · "}
                  {tCommon("route", { start: stage.startTown, finish: stage.finishTown })}
                </span>
              </span>
              <span className="font-mono text-sm">{stageOutcome(stage, t)}</span>
            </li>
          ))}
        </ol>
      </section>

      <CrewStatsSection stats={stats} isPending={page.hasStatsPending} />
    </div>
  );
}

export const generateMetadata = withMetadataFallback(readMetadata);

export default withDatabaseNotice(CrewPageView);
