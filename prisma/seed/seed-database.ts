import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { createSeason } from "@/tests/factories/season";
import { buildDakar2026Plan } from "./dakar-2026-plan";
import { buildDakar2027Plan } from "./dakar-2027-plan";
import { addCounts, emptySeedSummary } from "./seed-summary";
import type { SeedSummary } from "./seed-summary";
import { writeEventPlan } from "./write-event-plan";

export type SeedOptions = {
  /** The clock the 2027 schedule is planned against (its prologue starts ≥ 48 h later). */
  now?: Date;
};

const SEASONS = [
  { slug: "w2rc-2026", name: "W2RC 2026", year: 2026 },
  { slug: "w2rc-2027", name: "W2RC 2027", year: 2027 },
] as const;

type SeasonSeed = (typeof SEASONS)[number];

/** The season's id, and whether this call created it. */
async function ensureSeason(db: Db, season: SeasonSeed): Promise<{ id: number; isCreated: boolean }> {
  const existing = await db.season.findUnique({ where: { slug: season.slug }, select: { id: true } });
  if (existing) return { id: existing.id, isCreated: false };
  try {
    return { id: (await createSeason(db, season)).id, isCreated: true };
  } catch (error) {
    // Another seeder created it between the read and the insert.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const raced = await db.season.findUniqueOrThrow({ where: { slug: season.slug }, select: { id: true } });
    return { id: raced.id, isCreated: false };
  }
}

/**
 * Idempotent: creates the seasons and events that are missing and leaves existing ones exactly as
 * they are, so admin edits survive a re-run. Creates no users (the start script makes the demo admin).
 */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const summary = emptySeedSummary();

  const seasonIds = new Map<string, number>();
  for (const season of SEASONS) {
    const { id, isCreated } = await ensureSeason(db, season);
    seasonIds.set(season.slug, id);
    if (isCreated) addCounts(summary.created, { seasons: 1 });
  }

  for (const plan of [buildDakar2026Plan(), buildDakar2027Plan(now)]) {
    const seasonId = seasonIds.get(plan.seasonSlug);
    if (seasonId === undefined) throw new Error(`${plan.event.slug}: unknown season ${plan.seasonSlug}`);
    const counts = await writeEventPlan(db, plan, seasonId, now);
    if (counts) {
      addCounts(summary.created, counts);
      summary.createdEvents.push(plan.event.slug);
    } else {
      summary.keptEvents.push(plan.event.slug);
    }
  }
  return summary;
}
