import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getNameStandIns } from "@/lib/server/i18n/name-stand-ins";
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
import { ViewerTime } from "@/components/time/viewer-time";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getReplayBoard } from "@/lib/server/replay/get-replay-board";
import { ReplayBoardTable } from "@/components/replay/replay-board-table";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leagues");
  return { title: t("league.title") };
}

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
  const [t, standIns] = await Promise.all([getTranslations("leagues"), getNameStandIns()]);
  const [league, board] = await Promise.all([
    getLeague(db, id.data, user.id, standIns).catch(notFoundOnAppError),
    getLeagueLeaderboard(db, id.data, page, user.id).catch(notFoundOnAppError),
  ]);
  // A finished event's league also shows its members' replay board (runs count for nothing else).
  const [tReplay, replayBoard] = await Promise.all([
    getTranslations("replay"),
    league.event.status === "COMPLETED"
      ? getReplayBoard(
          db,
          league.event.slug,
          league.members.map((member) => member.userId),
          standIns,
        )
      : null,
  ]);
  const updatedAt = board.updatedAt;
  const link = (target: number) => `/leagues/${league.id}?page=${target}`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          {t.rich("league.breadcrumb", {
            event: league.event.name,
            leagues: (chunks) => (
              <Link href="/leagues" className="hover:underline">
                {chunks}
              </Link>
            ),
            board: (chunks) => (
              <Link href={`/events/${league.event.slug}/leaderboard`} className="hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold" dir="auto">
            {league.name}
          </h1>
          {league.event.isProvisional ? <Badge tone="warning">{t("league.provisional")}</Badge> : null}
        </div>
        <p className="text-sm text-stone-700">
          {t.rich("league.summary", { count: board.total, owner: league.ownerName, bdi: (chunks) => <bdi>{chunks}</bdi> })}
        </p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600">
          {updatedAt ? <p>{t.rich("league.updated", { date: () => <ViewerTime iso={updatedAt.toISOString()} /> })}</p> : null}
          <LiveBoardRefresh eventSlug={league.event.slug} />
        </div>
      </header>

      {created ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
          {t("league.created")}
        </p>
      ) : null}

      <section aria-labelledby="board-heading" className="space-y-4">
        <h2 id="board-heading" className="sr-only">
          {t("league.boardHeading")}
        </h2>
        {board.mine ? (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
            {board.mine.rank === null
              ? t.rich("league.notScored", {
                  link: (chunks) => (
                    <Link href={`/play/${league.event.slug}`} className="underline">
                      {chunks}
                    </Link>
                  ),
                })
              : t.rich("league.yourRank", {
                  rank: board.mine.rank,
                  count: board.total,
                  points: board.mine.total,
                  strong: (chunks) => (
                    <span className="font-bold" dir="ltr">
                      {chunks}
                    </span>
                  ),
                })}{" "}
            <TextLink href={`${link(board.mine.page)}#player-${board.mine.userId}`}>{t("league.jump")}</TextLink>
          </p>
        ) : null}

        <LeaderboardTable
          rows={board.rows}
          caption={t("league.caption", { name: league.name })}
          showMovement
          highlightUserId={user.id}
          compareIn={league.event.slug}
        />

        {board.pages > 1 ? (
          <nav aria-label={t("league.pages")} className="flex gap-3 text-sm">
            {page > 1 ? <Link href={link(page - 1)}>{t("league.previous")}</Link> : null}
            <span>{t("league.page", { page, pages: board.pages })}</span>
            {page < board.pages ? <Link href={link(page + 1)}>{t("league.next")}</Link> : null}
          </nav>
        ) : null}

        <p className="text-sm text-stone-700">{t("league.explained")}</p>
      </section>

      {replayBoard ? (
        <section aria-labelledby="replay-board-heading" className="space-y-3">
          <h2 id="replay-board-heading" className="text-xl font-bold">
            {tReplay("league.heading")}
          </h2>
          <p className="text-sm text-stone-700">{tReplay("league.intro")}</p>
          <ReplayBoardTable rows={replayBoard.rows} viewerId={user.id} caption={tReplay("league.caption", { name: league.name })} />
        </section>
      ) : null}

      <ClientMessages groups={["leagues.forms", "leagues.invite"]}>
        <LeagueSettings league={league} />
      </ClientMessages>
    </div>
  );
}

export default withDatabaseNotice(LeaguePage);
