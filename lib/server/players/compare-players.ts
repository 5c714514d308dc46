import "server-only";
import type { Db } from "@/lib/server/db";
import { buildGapSeries } from "@/lib/game/compare";
import { loadPlayerEventContext, readPlayerEvent, toPlayerName } from "./get-player-page";

/**
 * Two players of one event side by side: each one's public event page (started stages only, so
 * nothing of a stage that has not locked is read) and the running gap over the published stages.
 * Null when either player is unknown or deleted. The event, its stages and results are read once
 * for both players, and each player's own rows by key.
 */
export async function comparePlayers(db: Db, slug: string, userIdA: string, userIdB: string) {
  // The names and the event's context in one round: the profiles' event lists are not shown here.
  const [users, context] = await Promise.all([
    db.user.findMany({ where: { id: { in: [userIdA, userIdB] } }, select: { id: true, displayName: true, deletedAt: true } }),
    loadPlayerEventContext(db, slug),
  ]);
  const named = (id: string) => {
    const user = users.find((candidate) => candidate.id === id);
    return user && !user.deletedAt ? { id: user.id, name: toPlayerName(user.displayName) } : null;
  };
  const profileA = named(userIdA);
  const profileB = named(userIdB);
  if (!profileA || !profileB) return null;
  const [a, b] = await Promise.all([readPlayerEvent(db, context, userIdA), readPlayerEvent(db, context, userIdB)]);
  const totals = (detail: typeof a) =>
    detail.stages.flatMap(({ stage, score, hasResults }) =>
      score && hasResults ? [{ stageNumber: stage.number, total: score.total }] : [],
    );
  const stagesB = new Map(b.stages.map((entry) => [entry.stage.id, entry]));
  return {
    event: a.event,
    a: { id: profileA.id, name: profileA.name, standing: a.standing },
    b: { id: profileB.id, name: profileB.name, standing: b.standing },
    // Both players' pages list the same started stages, in running order.
    stages: a.stages.map((entryA) => ({ stage: entryA.stage, a: entryA, b: stagesB.get(entryA.stage.id) ?? null })),
    gap: buildGapSeries(totals(a), totals(b)),
  };
}

export type Comparison = NonNullable<Awaited<ReturnType<typeof comparePlayers>>>;
