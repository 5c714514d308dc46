import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { rankReplayBoard } from "@/lib/game/replay-board";
import { ENGLISH_STAND_INS, shownPlayerName, type NameStandIns } from "@/lib/format/player-name";

export type ReplayBoardRow = {
  rank: number;
  runId: number;
  userId: string;
  name: string;
  isDeleted: boolean;
  total: number;
  exact: number;
  finalBonus: number;
  finishedAt: Date;
};

/**
 * A finished event's replay board: every player's best finished run, ranked like the live boards.
 * `memberIds` narrows it to a league's members; `standIns` names deleted and unnamed players in the
 * reader's language. Public: finished runs are no secret.
 */
export async function getReplayBoard(db: Db, eventSlug: string, memberIds?: readonly string[], standIns: NameStandIns = ENGLISH_STAND_INS) {
  const event = await db.event.findUnique({ where: { slug: eventSlug }, select: { id: true, slug: true, name: true, status: true } });
  if (!event || event.status === "DRAFT") throw new AppError("NOT_FOUND", msg("replay.action.notReplayable"));
  const runs = await db.replayRun.findMany({
    where: { eventId: event.id, status: "FINISHED", ...(memberIds ? { userId: { in: [...memberIds] } } : {}) },
    select: {
      id: true,
      userId: true,
      total: true,
      exact: true,
      finalBonus: true,
      finishedAt: true,
      user: { select: { displayName: true, deletedAt: true } },
    },
  });
  const ranked = rankReplayBoard(
    runs.map((run) => ({
      runId: run.id,
      userId: run.userId,
      total: run.total,
      exact: run.exact,
      finalBonus: run.finalBonus,
      // FINISHED rows always have a finish time (a CHECK in the migration).
      finishedAt: run.finishedAt!,
      name: shownPlayerName(run.user, standIns),
      isDeleted: run.user.deletedAt !== null,
    })),
  );
  const rows: ReplayBoardRow[] = ranked.map(({ rank, runId, userId, name, isDeleted, total, exact, finalBonus, finishedAt }) => ({
    rank,
    runId,
    userId,
    name,
    isDeleted,
    total,
    exact,
    finalBonus,
    finishedAt,
  }));
  return { event, rows };
}
