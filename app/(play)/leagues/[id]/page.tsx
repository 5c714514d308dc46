import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireUserPage } from "@/lib/server/auth/guard-page";
import { AppError } from "@/lib/server/errors";
import { getLeague } from "@/lib/server/leagues/get-league";
import { getLeagueLeaderboard } from "@/lib/server/leagues/get-league-leaderboard";
import { idParamSchema } from "@/lib/validation/params";
import { LeaderboardTable } from "@/components/leaderboards/leaderboard-table";
import { LiveBoardRefresh } from "@/components/leaderboards/live-board-refresh";
import { LeagueSettings } from "@/components/leagues/league-settings";
import { Badge } from "@/components/ui/badge";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { TextLink } from "@/components/ui/text-link";
import { formatUtc } from "@/lib/format/date-time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "League" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const searchSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  created: z.literal("1").optional().catch(undefined),
});

const notFoundOnAppError = (error: unknown): never => {
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  throw error;
};

async function LeaguePage({ params, searchParams }: Props) {
  const id = idParamSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await requireUserPage(`/leagues/${id.data}`);
  const { page, created } = searchSchema.parse(await searchParams);
  const [league, board] = await Promise.all([
    getLeague(db, id.data, user.id).catch(notFoundOnAppError),
    getLeagueLeaderboard(db, id.data, page, user.id).catch(notFoundOnAppError),
  ]);
  const link = (target: number) => `/leagues/${league.id}?page=${target}`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/leagues" className="hover:underline">
            Leagues
          </Link>{" "}
          /{" "}
          <Link href={`/events/${league.event.slug}/leaderboard`} className="hover:underline">
            {league.event.name}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{league.name}</h1>
          {league.event.isProvisional ? <Badge tone="warning">Provisional</Badge> : null}
        </div>
        <p className="text-sm text-stone-700">
          Private league · {board.total} {board.total === 1 ? "member" : "members"} · owner {league.ownerName}
        </p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600">
          {board.updatedAt ? <p>Last updated {formatUtc(board.updatedAt)}</p> : null}
          <LiveBoardRefresh eventSlug={league.event.slug} />
        </div>
      </header>

      {created ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
          League created. Share the invite link below with the players you want in it.
        </p>
      ) : null}

      <section aria-labelledby="board-heading" className="space-y-4">
        <h2 id="board-heading" className="sr-only">
          League leaderboard
        </h2>
        {board.mine ? (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
            {board.mine.rank === null ? (
              <>
                You are not scored yet:{" "}
                <Link href={`/play/${league.event.slug}`} className="underline">
                  save a roster
                </Link>{" "}
                and your rank appears once stage results are published.
              </>
            ) : (
              <>
                You are <span className="font-bold">#{board.mine.rank}</span> of {board.total} in this league with {board.mine.total}{" "}
                points.
              </>
            )}{" "}
            <TextLink href={`${link(board.mine.page)}#player-${board.mine.userId}`}>Jump to your row</TextLink>
          </p>
        ) : null}

        <LeaderboardTable rows={board.rows} caption={`${league.name} leaderboard`} showMovement highlightUserId={user.id} />

        {board.pages > 1 ? (
          <nav aria-label="Pages" className="flex gap-3 text-sm">
            {page > 1 ? <Link href={link(page - 1)}>Previous</Link> : null}
            <span>
              Page {page} of {board.pages}
            </span>
            {page < board.pages ? <Link href={link(page + 1)}>Next</Link> : null}
          </nav>
        ) : null}

        <p className="text-sm text-stone-700">
          League ranks follow the event&apos;s overall standings among the members: total points, then exact podium slots over the event;
          players equal on both share a rank (1, 2, 2, 4), and within a tie the earliest first roster save lists first. Movement is since
          the previous published stage. Members without points yet list last.
        </p>
      </section>

      <LeagueSettings league={league} />
    </div>
  );
}

export default withDatabaseNotice(LeaguePage);
