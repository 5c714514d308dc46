import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getViewerStanding } from "@/lib/server/leaderboards/get-overall-leaderboard";
import {
  readPublicEventIdBySlug,
  readLeaderboardEvent,
  readOverallBoardPage,
  readStageBoardPage,
} from "@/lib/server/leaderboards/cached-boards";
import { eventSlugSchema } from "@/lib/validation/params";
import { LeaderboardTable } from "@/components/leaderboards/leaderboard-table";
import { stageTitleValues } from "@/lib/format/stage-label";
import { Badge } from "@/components/ui/badge";
import { LiveBoardRefresh } from "@/components/leaderboards/live-board-refresh";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";
import { formatUtc } from "@/lib/format/date-time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const searchSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  stage: z.coerce.number().int().min(0).max(100).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [slug, t] = await Promise.all([params.then(({ slug }) => eventSlugSchema.safeParse(slug)), getTranslations("boards")]);
  return { title: slug.success ? t("page.metaTitle", { event: slug.data }) : t("page.metaTitleBare") };
}

async function LeaderboardPage({ params, searchParams }: Props) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const { page, stage: stageNumber } = searchSchema.parse(await searchParams);
  const eventId = await readPublicEventIdBySlug(slug.data);
  const [event, viewer] = await Promise.all([eventId === null ? null : readLeaderboardEvent(eventId), getCurrentUser()]);
  if (!event) notFound();
  const stage = stageNumber === undefined ? null : event.stages.find((candidate) => candidate.number === stageNumber);
  if (stageNumber !== undefined && !stage) notFound();

  const isProvisional = stage ? stage.resultsStatus === "PROVISIONAL" : event.isProvisional;
  // The board itself is the same for everyone and cached until the next publish; only the
  // viewer's own row is read per request.
  const [board, mine] = await Promise.all([
    stage ? readStageBoardPage(event.id, stage.id, page).then((b) => ({ ...b, updatedAt: null })) : readOverallBoardPage(event.id, page),
    !stage && viewer ? getViewerStanding(db, event.id, viewer.id) : null,
  ]);
  const [t, tCommon] = await Promise.all([getTranslations("boards"), getTranslations("common")]);
  const heading = stage ? t("page.stageHeading", { stage: tCommon("stageTitle", stageTitleValues(stage)) }) : t("page.overallHeading");
  const link = (target: number) => `/events/${event.slug}/leaderboard?${stage ? `stage=${stage.number}&` : ""}page=${target}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/events/${event.slug}`} className="hover:underline">
            {event.name}
          </Link>
          {" / "}
          {t("page.crumb")}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{heading}</h1>
          {isProvisional ? <Badge tone="warning">{t("page.provisional")}</Badge> : null}
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600">
          {/* UTC, written the same in every language: a time every reader can compare. */}
          {board.updatedAt ? <p>{t("page.lastUpdated", { time: formatUtc(board.updatedAt) })}</p> : null}
          <LiveBoardRefresh eventSlug={event.slug} />
        </div>
        <nav aria-label={t("page.navLabel")} className="flex flex-wrap gap-2 text-sm">
          <Link
            href={`/events/${event.slug}/leaderboard`}
            aria-current={stage ? undefined : "page"}
            className="rounded bg-sand-100 px-2 py-1 aria-[current=page]:bg-night-900 aria-[current=page]:text-sand-50"
          >
            {t("page.overall")}
          </Link>
          {event.stages.map((candidate) => (
            <Link
              key={candidate.id}
              href={`/events/${event.slug}/leaderboard?stage=${candidate.number}`}
              aria-current={candidate.id === stage?.id ? "page" : undefined}
              className="rounded bg-sand-100 px-2 py-1 aria-[current=page]:bg-night-900 aria-[current=page]:text-sand-50"
            >
              {t("page.stageTab", { kind: candidate.number === 0 ? "prologue" : "numbered", number: candidate.number })}
            </Link>
          ))}
        </nav>
      </header>

      {mine ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
          {t.rich("page.mine", { rank: mine.rank, total: mine.total, b: (chunks) => <span className="font-bold">{chunks}</span> })}{" "}
          <TextLink href={`${link(mine.page)}#player-${mine.userId}`}>{t("page.jump")}</TextLink>
        </p>
      ) : null}

      {board.rows.length === 0 ? (
        <p className="rounded-lg border border-sand-200 bg-white p-4">{t("page.empty")}</p>
      ) : (
        <LeaderboardTable
          rows={board.rows}
          caption={heading}
          showMovement={!stage}
          highlightUserId={viewer?.id ?? null}
          compareIn={viewer ? event.slug : null}
        />
      )}

      {board.pages > 1 ? (
        <nav aria-label={t("page.pagesLabel")} className="flex gap-3 text-sm">
          {page > 1 ? <Link href={link(page - 1)}>{t("page.previous")}</Link> : null}
          <span>{t("page.pageOf", { page, pages: board.pages })}</span>
          {page < board.pages ? <Link href={link(page + 1)}>{t("page.next")}</Link> : null}
        </nav>
      ) : null}
      {board.rows.length > 0 ? (
        <p className="text-sm">
          {t.rich("page.csv", {
            link: (chunks) => (
              <a
                href={`/api/v1/events/${event.slug}/leaderboard.csv${stage ? `?stage=${stage.number}` : ""}`}
                download
                className="font-semibold text-dune-700 underline"
              >
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}

      <p className="text-sm text-stone-700">{stage ? t("page.rulesStage") : t("page.rulesOverall")}</p>
    </div>
  );
}

export default withDatabaseNotice(LeaderboardPage);
