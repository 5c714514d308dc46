import "server-only";
import type { Db } from "@/lib/server/db";
import { buildGapSeries } from "@/lib/game/compare";
import { ENGLISH_STAND_INS, type NameStandIns } from "@/lib/format/player-name";
import { loadPlayerEventContext, readPlayerEvent } from "./get-player-page";

/**
 * Two players of one event side by side: each one's public event page (started stages only, so
 * nothing of a stage that has not locked is read) and the running gap over the published stages.
 * Null when either player is unknown or deleted. `standIns`: the reader's word for an unnamed player.
 * The event, its stages and results are read once for both players, and each player's rows by key.
 */
export async function comparePlayers(db: Db, slug: string, userIdA: string, userIdB: string, standIns: NameStandIns = ENGLISH_STAND_INS) {
  // Everything is read side by side: the names, the event's context and each player's rows by key.
  const loading = loadPlayerEventContext(db, slug);
  const reading = Promise.all([readPlayerEvent(db, loading, slug, userIdA), readPlayerEvent(db, loading, slug, userIdB)]);
  // Not awaited when a player is unknown: the answer is null then, whatever the reads would say.
  reading.catch(() => undefined);
  const users = await db.user.findMany({
    where: { id: { in: [userIdA, userIdB] } },
    select: { id: true, displayName: true, deletedAt: true },
  });
  const named = (id: string) => {
    const user = users.find((candidate) => candidate.id === id);
    return user && !user.deletedAt ? { id: user.id, name: user.displayName ?? standIns.unnamed } : null;
  };
  const profileA = named(userIdA);
  const profileB = named(userIdB);
  if (!profileA || !profileB) return null;
  const [a, b] = await reading;
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
