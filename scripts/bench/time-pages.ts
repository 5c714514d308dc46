/**
 * Times the page data functions the bench measures (player, compare, stage, crew, stats pages)
 * against a database kept with `npm run bench -- --keep`, without seeding or rescoring again:
 * `npx tsx --conditions=react-server scripts/bench/time-pages.ts <DATABASE_URL> [reads]`.
 * For before/after pairs of one change, run back to back on one database.
 */
import { loadavg } from "node:os";
import { createDb } from "@/lib/server/db";
import { getCrewPage } from "@/lib/server/crews/get-crew-page";
import { getStagePicks } from "@/lib/server/picks/get-stage-picks";
import { getStageStats } from "@/lib/server/stats/get-stage-stats";
import { comparePlayers } from "@/lib/server/players/compare-players";
import { getPlayerEvent } from "@/lib/server/players/get-player-page";
import { percentile, timeEach } from "@/scripts/bench/measure-reads";
import { createRandom } from "@/scripts/bench/random";

async function main() {
  const [url, readsArg] = process.argv.slice(2);
  if (!url) throw new Error("usage: time-pages.ts DATABASE_URL [reads]");
  const reads = Number(readsArg ?? 300);
  const db = createDb(url);
  const event = await db.event.findFirstOrThrow({
    where: { status: { not: "DRAFT" } },
    orderBy: { id: "asc" },
    include: { stages: true, crews: true },
  });
  const userIds = (await db.$queryRaw<{ id: string }[]>`SELECT user_id::text AS id FROM roster WHERE event_id = ${event.id}`).map(
    (row) => row.id,
  );
  const random = createRandom(7);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const figures: Record<string, number> = {};
  const time = async (name: string, read: () => Promise<unknown>) => {
    const samples = await timeEach(reads, read);
    figures[`${name}P50Ms`] = round(percentile(samples, 50));
    figures[`${name}P95Ms`] = round(percentile(samples, 95));
  };
  await time("playerPage", () => getPlayerEvent(db, random.pick(userIds), event.slug));
  await time("comparePage", () => comparePlayers(db, event.slug, random.pick(userIds), random.pick(userIds)));
  await time("stagePage", () => getStagePicks(db, event.slug, random.pick(event.stages).number));
  await time("crewPage", () => getCrewPage(db, random.pick(event.crews).id));
  await time("statsPage", () => getStageStats(db, { id: random.pick(event.stages).id, eventId: event.id }));
  console.log(JSON.stringify({ players: userIds.length, reads, loadAverage: loadavg().map(round), ...figures }));
  await db.$disconnect();
}

void main();
