import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { readPublic } from "@/lib/server/db-read";
import { AppError } from "@/lib/server/errors";
import { getPlayerEvent, getPlayerProfile } from "@/lib/server/players/get-player-page";
import { getNameStandIns } from "@/lib/server/i18n/name-stand-ins";
import { eventSlugSchema } from "@/lib/validation/params";
import { ProgressChart } from "@/components/players/progress-chart";
import { PlayerStageCard } from "@/components/players/player-stage-card";
import { withDatabaseNotice, withMetadataFallback } from "@/components/site/database-unavailable";
import { PlayerReplays } from "@/components/replay/player-replays";
import { listFinishedRuns } from "@/lib/server/replay/list-runs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const userIdSchema = z.uuid();

async function loadProfile(params: Props["params"]) {
  const id = userIdSchema.safeParse((await params).id);
  return id.success ? getPlayerProfile(db, id.data, await getNameStandIns()) : null;
}

async function readMetadata({ params }: Props): Promise<Metadata> {
  const [profile, t] = await Promise.all([loadProfile(params), getTranslations("players")]);
  return { title: profile ? t("page.metaTitle", { name: profile.name }) : t("page.notFound") };
}

async function PlayerPage({ params, searchParams }: Props) {
  const profile = await loadProfile(params);
  if (!profile) notFound();
  const requested = eventSlugSchema.safeParse((await searchParams).event);
  const selected = (requested.success ? profile.events.find((event) => event.slug === requested.data) : undefined) ?? profile.events[0];
  const detail = selected
    ? await readPublic((reader) => getPlayerEvent(reader, profile.id, selected.slug)).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      })
    : null;
  const [t, replays] = await Promise.all([getTranslations("players"), listFinishedRuns(db, profile.id)]);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">
          {profile.name}
        </h1>
        {profile.events.length > 1 ? (
          <nav aria-label={t("page.eventsNav")} className="flex flex-wrap gap-2 text-sm">
            {profile.events.map((event) => (
              <Link
                key={event.id}
                href={`/players/${profile.id}?event=${event.slug}`}
                aria-current={event.id === selected?.id ? "page" : undefined}
                className="rounded bg-sand-100 px-2 py-1 aria-[current=page]:bg-night-900 aria-[current=page]:text-sand-50"
              >
                {event.name}
              </Link>
            ))}
          </nav>
        ) : null}
      </header>

      {!selected || !detail ? (
        <p className="rounded-lg border border-sand-200 bg-white p-4">
          {t.rich("page.noRoster", { name: profile.name, player: (chunks) => <bdi>{chunks}</bdi> })}
        </p>
      ) : (
        <>
          <section aria-labelledby="standing" className="space-y-1">
            <h2 id="standing" className="text-lg font-semibold">
              <Link href={`/events/${detail.event.slug}/leaderboard`} className="hover:underline">
                {detail.event.name}
              </Link>
            </h2>
            <p>
              {detail.standing
                ? t.rich("page.standing", {
                    rank: detail.standing.rank,
                    total: detail.standing.total,
                    exact: detail.standing.exact,
                    hasBonus: detail.standing.finalBonus ? "yes" : "no",
                    bonus: detail.standing.finalBonus ?? 0,
                    b: (chunks) => <span className="font-bold">{chunks}</span>,
                  })
                : t("page.notScored")}
            </p>
          </section>
          <ProgressChart progress={detail.progress} />
          {detail.stages.length === 0 ? (
            <p className="rounded-lg border border-sand-200 bg-white p-4">{t("page.noStages")}</p>
          ) : (
            <section aria-labelledby="stages" className="space-y-3">
              <h2 id="stages" className="text-lg font-semibold">
                {t("page.stagesHeading")}
              </h2>
              <p className="text-sm text-stone-700">{t("page.stagesIntro")}</p>
              <ol className="space-y-3">
                {detail.stages.map((entry) => (
                  <PlayerStageCard
                    key={entry.stage.id}
                    entry={entry}
                    captainMultiplier={detail.event.rules.captainMultiplier}
                    jokerMultiplier={detail.event.rules.jokerMultiplier}
                  />
                ))}
              </ol>
            </section>
          )}
        </>
      )}
      <PlayerReplays runs={replays} />
    </div>
  );
}

export const generateMetadata = withMetadataFallback(readMetadata);

export default withDatabaseNotice(PlayerPage);
