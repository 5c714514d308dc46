import "server-only";
import type { Db } from "@/lib/server/db";
import { buildGapSeries } from "@/lib/game/compare";
import { ENGLISH_STAND_INS, type NameStandIns } from "@/lib/format/player-name";
import { getPlayerEvent, getPlayerProfile } from "./get-player-page";

/**
 * Two players of one event side by side: each one's public event page (started stages only, so
 * nothing of a stage that has not locked is read) and the running gap over the published stages.
 * Null when either player is unknown or deleted. `standIns`: the reader's word for an unnamed player.
 */
export async function comparePlayers(db: Db, slug: string, userIdA: string, userIdB: string, standIns: NameStandIns = ENGLISH_STAND_INS) {
  const [profileA, profileB] = await Promise.all([getPlayerProfile(db, userIdA, standIns), getPlayerProfile(db, userIdB, standIns)]);
  if (!profileA || !profileB) return null;
  const [a, b] = await Promise.all([getPlayerEvent(db, userIdA, slug), getPlayerEvent(db, userIdB, slug)]);
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
