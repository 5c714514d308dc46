import type { Db } from "@/lib/server/db";
import { getCrewPage } from "@/lib/server/crews/get-crew-page";
import { getStagePicks } from "@/lib/server/picks/get-stage-picks";
import { getStageStats } from "@/lib/server/stats/get-stage-stats";
import { comparePlayers } from "@/lib/server/players/compare-players";
import { loadRescoreContext } from "@/lib/server/results/rescore-context";
import { RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import { writeStageStats } from "@/lib/server/results/write-stage-stats";
import { percentile, READS, timeEach } from "./measure-reads";
import { createRandom } from "./random";
import type { BenchEvent } from "./synthetic-players";

export type StatsFigures = {
  /** One scored stage's stats written from its locked rosters, calls and scores, as at a lock or publish. */
  statsComputeMs: number;
  /** The stats data function of the stage page (getStageStats) for a random locked stage. */
  statsPageP95Ms: number;
  /** The whole stage page's data function (getStagePicks: the first 200 calls by name, and the stats). */
  stagePageP95Ms: number;
  /** The crew page's data function (results and stats) of a random crew. */
  crewPageP95Ms: number;
  /** The compare page's data function for two random players. */
  comparePageP95Ms: number;
};

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Times writing one stage's stats (the middle one, scored: every statement does its work), inside
 * a transaction with rescoring's planner settings; then READS random reads of each stats page
 * through its data function. Runs after measureRescore, which stored every stage's stats.
 */
export async function measureStats(
  db: Db,
  event: BenchEvent & { slug: string },
  userIds: readonly string[],
  seed: number,
): Promise<StatsFigures> {
  const stage = event.stages[Math.floor(event.stages.length / 2)]!;
  const statsComputeMs = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true), set_config('enable_nestloop', 'off', true)`;
    const context = await loadRescoreContext(tx, event.id);
    const locked = context.started.find((candidate) => candidate.id === stage.id);
    if (!locked) throw new Error(`stage ${stage.number} has not started`);
    const startedAt = performance.now();
    await writeStageStats(tx, context, [locked]);
    return performance.now() - startedAt;
  }, RESULTS_TRANSACTION_OPTIONS);

  const random = createRandom(seed + 11);
  const statsPage = await timeEach(READS, async () => {
    if (!(await getStageStats(db, { id: random.pick(event.stages).id, eventId: event.id }))) throw new Error("a locked stage has no stats");
  });
  const stagePage = await timeEach(READS, async () => {
    const page = await getStagePicks(db, event.slug, random.pick(event.stages).number);
    if (!page?.stats) throw new Error("a locked stage has no stats");
  });
  const crewPage = await timeEach(READS, async () => {
    const page = await getCrewPage(db, random.pick(event.crews).id);
    if (!page || page.stats.stages.length === 0) throw new Error("a crew page has no stats");
  });
  const compare = await timeEach(READS, async () => {
    if (!(await comparePlayers(db, event.slug, random.pick(userIds), random.pick(userIds)))) throw new Error("a comparison is missing");
  });
  return {
    statsComputeMs: Math.round(statsComputeMs),
    statsPageP95Ms: round(percentile(statsPage, 95)),
    stagePageP95Ms: round(percentile(stagePage, 95)),
    crewPageP95Ms: round(percentile(crewPage, 95)),
    comparePageP95Ms: round(percentile(compare, 95)),
  };
}
