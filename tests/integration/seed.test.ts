import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { seedDatabase } from "@/prisma/seed/seed-database";
import type { SeedSummary } from "@/prisma/seed/seed-summary";
import { testDb } from "./helpers/db";

const EVENT_SLUGS = ["dakar-2026", "dakar-2027"];
const SEASON_SLUGS = ["w2rc-2026", "w2rc-2027"];
const HOUR_MS = 3_600_000;

// Scoped to the seed's own rows so that other test files writing to the same database don't matter.
async function countSeedRows(db: Db): Promise<Record<string, number>> {
  const event = { slug: { in: EVENT_SLUGS } };
  const [seasons, events, teams, crews, stages, stageResults, finalResults, auditLogs] = await Promise.all([
    db.season.count({ where: { slug: { in: SEASON_SLUGS } } }),
    db.event.count({ where: event }),
    db.team.count({ where: { event } }),
    db.crew.count({ where: { event } }),
    db.stage.count({ where: { event } }),
    db.stageResult.count({ where: { stage: { event } } }),
    db.finalResult.count({ where: { event } }),
    db.auditLog.count({ where: { action: "seed-event" } }),
  ]);
  return { seasons, events, teams, crews, stages, stageResults, finalResults, auditLogs };
}

describe("seedDatabase", () => {
  const now = new Date();
  let db: Db;
  let firstRun: SeedSummary;

  // testDb() is the run's migrated database (tests/integration/global-setup.ts refuses a non-local one).
  beforeAll(async () => {
    db = testDb();
    firstRun = await seedDatabase(db, { now });
  });

  it("creates the two events once and nothing on a second run", async () => {
    expect(firstRun.createdEvents.length + firstRun.keptEvents.length).toBe(2);
    const before = await countSeedRows(db);
    const secondRun = await seedDatabase(db, { now });
    expect(await countSeedRows(db)).toEqual(before);
    expect(Object.values(secondRun.created).every((count) => count === 0)).toBe(true);
    expect(secondRun.keptEvents).toEqual(EVENT_SLUGS);
    expect(before).toMatchObject({ seasons: 2, events: 2, teams: 6, crews: 11, stages: 28, auditLogs: 2 });
  });

  it("seeds the 2026 replay with real results", async () => {
    const event = await db.event.findUniqueOrThrow({
      where: { slug: "dakar-2026" },
      include: {
        featuredTeam: { include: { crews: true } },
        season: true,
        stages: { orderBy: { number: "asc" }, include: { results: { include: { crew: true }, orderBy: { position: "asc" } } } },
        crews: true,
        finalResults: { orderBy: { position: "asc" }, include: { crew: true } },
      },
    });
    expect(event).toMatchObject({ status: "COMPLETED", finalStatus: "OFFICIAL", timeZone: "Asia/Riyadh", isSample: false });
    expect(event.season.slug).toBe("w2rc-2026");
    expect(event.stages).toHaveLength(14);
    expect(event.crews).toHaveLength(6);
    expect(event.featuredTeam?.name).toBe("Defender Rally");
    expect(event.featuredTeam?.crews.map((crew) => crew.number).sort()).toEqual([500, 502, 504]);
    expect(event.featuredTeam?.crews.reduce((sum, crew) => sum + crew.price, 0)).toBeGreaterThan(100);
    expect(event.crews.every((crew) => crew.isSamplePrice && crew.category === "STOCK")).toBe(true);
    expect(event.finalResults.map((result) => result.crew.number)).toEqual([502, 504, 503, 500, 501]);
    expect(event.finalResults[0]?.timeSeconds).toBe(58 * 3600 + 9 * 60 + 45);

    const stage8 = event.stages.find((stage) => stage.number === 8);
    expect(stage8?.results.map((result) => result.crew.number)).toEqual([502, 504]);
    const stage5 = event.stages.find((stage) => stage.number === 5);
    expect(stage5?.results.at(-1)).toMatchObject({ position: 5, timeSeconds: null, crew: { driver: "Peter Hamza", number: null } });
    expect(event.stages.every((stage) => stage.status === "LOCKED" && stage.resultsStatus === "OFFICIAL")).toBe(true);
    expect(event.stages.flatMap((stage) => stage.results).every((result) => result.status === "FINISHED")).toBe(true);
  });

  it("schedules the 2027 sample event at least 48 hours ahead", async () => {
    const event = await db.event.findUniqueOrThrow({
      where: { slug: "dakar-2027" },
      include: { stages: { orderBy: { number: "asc" } }, crews: true, featuredTeam: true },
    });
    expect(event).toMatchObject({ status: "UPCOMING", isSample: true, finalStatus: null });
    expect(event.featuredTeam?.name).toBe("Defender Rally");
    expect(event.description).toMatch(/SAMPLE/);
    expect(event.stages).toHaveLength(14);
    for (const stage of event.stages) {
      expect(stage.startsAt.getTime()).toBeGreaterThan(now.getTime() + 48 * HOUR_MS);
      expect(stage.status).toBe("SCHEDULED");
    }
    expect(event.crews).toHaveLength(5);
    expect(event.crews.every((crew) => crew.number === null)).toBe(true);
  });

  it("logs one audit entry per seeded event, by no user", async () => {
    const events = await db.event.findMany({ where: { slug: { in: EVENT_SLUGS } }, select: { id: true } });
    const entries = await db.auditLog.findMany({
      where: { action: "seed-event", entityType: "event", entityId: { in: events.map((event) => String(event.id)) } },
    });
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.actorId === null)).toBe(true);
  });
});
