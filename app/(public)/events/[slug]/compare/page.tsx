import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { readPublic } from "@/lib/server/db-read";
import { AppError } from "@/lib/server/errors";
import { comparePlayers, type Comparison } from "@/lib/server/players/compare-players";
import { getNameStandIns } from "@/lib/server/i18n/name-stand-ins";
import { eventSlugSchema } from "@/lib/validation/params";
import { directionOf } from "@/lib/i18n/locales";
import { stageTitleValues } from "@/lib/format/stage-label";
import { LineChart } from "@/components/players/progress-chart";
import { PlayerStageCard } from "@/components/players/player-stage-card";
import { withDatabaseNotice, withMetadataFallback } from "@/components/site/database-unavailable";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const pairSchema = z.object({ slug: eventSlugSchema, a: z.uuid(), b: z.uuid() });

async function load({ params, searchParams }: Props): Promise<Comparison | null> {
  const query = await searchParams;
  const pair = pairSchema.safeParse({ slug: (await params).slug, a: query.a, b: query.b });
  if (!pair.success) return null;
  const standIns = await getNameStandIns();
  return readPublic((reader) => comparePlayers(reader, pair.data.slug, pair.data.a, pair.data.b, standIns)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
}

async function readMetadata(props: Props): Promise<Metadata> {
  const [comparison, t] = await Promise.all([load(props), getTranslations("events")]);
  return {
    title: comparison
      ? t("compare.metaTitle", { a: comparison.a.name, b: comparison.b.name, event: comparison.event.name })
      : t("compare.notFound"),
  };
}

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

async function ComparePage(props: Props) {
  const comparison = await load(props);
  if (!comparison) notFound();
  const { event, a, b, stages, gap } = comparison;
  const [t, tCommon, tPlayers, locale] = await Promise.all([
    getTranslations("events"),
    getTranslations("common"),
    getTranslations("players"),
    getLocale(),
  ]);
  const tick = (stageNumber: number) => tPlayers("chart.tick", { kind: stageNumber === 0 ? "prologue" : "numbered", number: stageNumber });
  const totalLine = (player: Comparison["a"]) =>
    player.standing
      ? t("compare.total", { name: player.name, total: player.standing.total, rank: player.standing.rank })
      : t("compare.noTotal", { name: player.name });
  const last = gap.at(-1);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <TextLink href={`/events/${event.slug}/leaderboard`}>{t("compare.back", { event: event.name })}</TextLink>
        </p>
        <h1 className="text-2xl font-bold">
          <bdi>{a.name}</bdi> {t("compare.versus")} <bdi>{b.name}</bdi>
        </h1>
        <ul className="text-sm text-stone-700">
          <li>{totalLine(a)}</li>
          <li>{totalLine(b)}</li>
        </ul>
        {last ? (
          <p className="font-semibold">
            {last.gap === 0 ? t("compare.level") : t("compare.leads", { name: last.gap > 0 ? a.name : b.name, points: Math.abs(last.gap) })}
          </p>
        ) : null}
      </header>

      {stages.length === 0 ? <p className="rounded-lg border border-sand-200 bg-white p-4">{t("compare.noStages")}</p> : null}

      {gap.length > 0 ? (
        <section aria-labelledby="gap-heading" className="space-y-3">
          <h2 id="gap-heading" className="text-xl font-bold">
            {t("compare.gapHeading")}
          </h2>
          <LineChart
            label={t("compare.gapChart", { a: a.name, b: b.name })}
            values={gap.map((point) => ({ x: tick(point.stageNumber), y: point.gap }))}
            isInverted={false}
            color="#b45309"
            isRtl={directionOf(locale) === "rtl"}
          />
          {/* The chart's numbers as a table: what a screen reader reads, and what a phone shows in full. */}
          <Table caption={t("compare.tableCaption")}>
            <TableHead>
              <Th>{t("compare.stage")}</Th>
              <Th align="end">
                <bdi>{a.name}</bdi>
              </Th>
              <Th align="end">
                <bdi>{b.name}</bdi>
              </Th>
              <Th align="end">{t("compare.gap")}</Th>
            </TableHead>
            <TableBody>
              {gap.map((point) => (
                <tr key={point.stageNumber}>
                  <RowHeader>{tick(point.stageNumber)}</RowHeader>
                  <Td align="end" className="font-mono">
                    <span dir="ltr">{signed(point.a)}</span>
                  </Td>
                  <Td align="end" className="font-mono">
                    <span dir="ltr">{signed(point.b)}</span>
                  </Td>
                  <Td align="end" className="font-mono">
                    <span dir="ltr">{signed(point.gap)}</span>
                  </Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}

      {stages.map(({ stage, a: entryA, b: entryB }) => (
        <section key={stage.id} aria-label={tCommon("stageTitle", stageTitleValues(stage))} className="grid gap-3 sm:grid-cols-2">
          {[
            { player: a, entry: entryA },
            { player: b, entry: entryB },
          ].map(({ player, entry }) =>
            entry ? (
              <div key={player.id} className="space-y-1">
                <p dir="auto" className="text-sm font-semibold text-stone-700">
                  {player.name}
                </p>
                <ul>
                  <PlayerStageCard
                    entry={entry}
                    captainMultiplier={event.rules.captainMultiplier}
                    jokerMultiplier={event.rules.jokerMultiplier}
                  />
                </ul>
              </div>
            ) : null,
          )}
        </section>
      ))}
    </div>
  );
}

export const generateMetadata = withMetadataFallback(readMetadata);
export default withDatabaseNotice(ComparePage);
