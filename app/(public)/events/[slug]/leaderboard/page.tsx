import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
import { stageShortLabel, stageTitle } from "@/lib/format/stage-label";
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
  const slug = eventSlugSchema.safeParse((await params).slug);
  return { title: slug.success ? `Leaderboard · ${slug.data}` : "Leaderboard" };
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
  const link = (target: number) => `/events/${event.slug}/leaderboard?${stage ? `stage=${stage.number}&` : ""}page=${target}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/events/${event.slug}`} className="hover:underline">
            {event.name}
          </Link>{" "}
          / leaderboard
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{stage ? `${stageTitle(stage)} leaderboard` : "Overall leaderboard"}</h1>
          {isProvisional ? <Badge tone="warning">Provisional</Badge> : null}
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600">
          {board.updatedAt ? <p>Last updated {formatUtc(board.updatedAt)}</p> : null}
          <LiveBoardRefresh eventSlug={event.slug} />
        </div>
        <nav aria-label="Leaderboards" className="flex flex-wrap gap-2 text-sm">
          <Link
            href={`/events/${event.slug}/leaderboard`}
            aria-current={stage ? undefined : "page"}
            className="rounded bg-sand-100 px-2 py-1 aria-[current=page]:bg-night-900 aria-[current=page]:text-sand-50"
          >
            Overall
          </Link>
          {event.stages.map((candidate) => (
            <Link
              key={candidate.id}
              href={`/events/${event.slug}/leaderboard?stage=${candidate.number}`}
              aria-current={candidate.id === stage?.id ? "page" : undefined}
              className="rounded bg-sand-100 px-2 py-1 aria-[current=page]:bg-night-900 aria-[current=page]:text-sand-50"
            >
              {stageShortLabel({ number: candidate.number })}
            </Link>
          ))}
        </nav>
      </header>

      {mine ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
          You are <span className="font-bold">#{mine.rank}</span> with {mine.total} points.{" "}
          <TextLink href={`${link(mine.page)}#player-${mine.userId}`}>Jump to your row</TextLink>
        </p>
      ) : null}

      {board.rows.length === 0 ? (
        <p className="rounded-lg border border-sand-200 bg-white p-4">
          No scores yet: standings appear when the first stage results are published.
        </p>
      ) : (
        <LeaderboardTable
          rows={board.rows}
          caption={stage ? `${stageTitle(stage)} leaderboard` : "Overall leaderboard"}
          showMovement={!stage}
          highlightUserId={viewer?.id ?? null}
        />
      )}

      {board.pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {page > 1 ? <Link href={link(page - 1)}>Previous</Link> : null}
          <span>
            Page {page} of {board.pages}
          </span>
          {page < board.pages ? <Link href={link(page + 1)}>Next</Link> : null}
        </nav>
      ) : null}
      {board.rows.length > 0 ? (
        <p className="text-sm">
          <a
            href={`/api/v1/events/${event.slug}/leaderboard.csv${stage ? `?stage=${stage.number}` : ""}`}
            download
            className="font-semibold text-dune-700 underline"
          >
            Download CSV
          </a>{" "}
          of the whole board
        </p>
      ) : null}

      <p className="text-sm text-stone-700">
        {stage
          ? "Ranked by stage total (roster + podium call − transfer penalty), then that stage's exact podium slots; players equal on both share a rank."
          : "Ranked by total points, then exact podium slots over the event; players equal on both share a rank (1, 2, 2, 4), and within a tie the earliest first roster save lists first. Movement is since the previous published stage."}
      </p>
    </div>
  );
}

export default withDatabaseNotice(LeaderboardPage);
