import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { createCrew } from "@/tests/factories/crew";
import { createEvent } from "@/tests/factories/event";
import { createFinalResults } from "@/tests/factories/final-result";
import { createStage } from "@/tests/factories/stage";
import { createStageResults } from "@/tests/factories/stage-result";
import { createTeam } from "@/tests/factories/team";
import type { EventPlan, PlannedResult } from "./event-plan";
import type { SeedCounts } from "./seed-summary";

// Generous for the embedded PGlite server, where one event's ~100 inserts take a few seconds.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

function crewIdFor(crewIds: ReadonlyMap<string, number>, result: PlannedResult): number {
  const crewId = crewIds.get(result.crewKey);
  if (crewId === undefined) throw new Error(`Result for unknown crew "${result.crewKey}"`);
  return crewId;
}

async function writeEvent(tx: Prisma.TransactionClient, plan: EventPlan, seasonId: number, now: Date): Promise<SeedCounts> {
  const featured = plan.teams.find((team) => team.isFeatured);
  if (!featured) throw new Error(`${plan.event.slug}: no featured team`);
  const { slug, name, country, timeZone, startDate, endDate, status, isSample, description } = plan.event;
  const event = await createEvent(tx, {
    slug,
    name,
    country,
    timeZone,
    startDate,
    endDate,
    status,
    isSample,
    description,
    seasonId,
    featuredTeam: { name: featured.name, manufacturer: featured.manufacturer, vehicle: featured.vehicle, note: featured.note },
  });

  const teamIds = new Map<string, number>([[event.featuredTeam.name, event.featuredTeam.id]]);
  for (const { isFeatured, ...team } of plan.teams) {
    if (isFeatured) continue;
    teamIds.set(team.name, (await createTeam(tx, { ...team, eventId: event.id })).id);
  }

  const crewIds = new Map<string, number>();
  for (const { key, teamName, ...crew } of plan.crews) {
    const teamId = teamIds.get(teamName);
    if (teamId === undefined) throw new Error(`Crew ${key}: unknown team "${teamName}"`);
    const created = await createCrew(tx, { ...crew, eventId: event.id, teamId, category: "STOCK", isSamplePrice: true });
    crewIds.set(key, created.id);
  }

  let stageResults = 0;
  for (const { results, ...stage } of plan.stages) {
    const created = await createStage(tx, { ...stage, eventId: event.id });
    if (results.length === 0) continue;
    // Published "now": the app's publication time, not the organiser's.
    await createStageResults(tx, {
      stageId: created.id,
      resultsStatus: "OFFICIAL",
      publishedAt: now,
      results: results.map((result) => ({
        crewId: crewIdFor(crewIds, result),
        status: "FINISHED",
        position: result.position,
        timeSeconds: result.timeSeconds,
      })),
    });
    stageResults += results.length;
  }

  if (plan.finalResults.length > 0) {
    await createFinalResults(tx, {
      eventId: event.id,
      finalStatus: plan.event.finalStatus ?? "OFFICIAL",
      publishedAt: now,
      results: plan.finalResults.map((result) => ({
        crewId: crewIdFor(crewIds, result),
        status: "FINISHED",
        position: result.position,
        timeSeconds: result.timeSeconds,
      })),
    });
  }

  const counts: SeedCounts = {
    seasons: 0,
    events: 1,
    teams: plan.teams.length,
    crews: plan.crews.length,
    stages: plan.stages.length,
    stageResults,
    finalResults: plan.finalResults.length,
    auditLogs: 1,
  };
  await tx.auditLog.create({
    data: {
      actorId: null,
      action: "seed-event",
      entityType: "event",
      entityId: String(event.id),
      after: {
        slug: event.slug,
        name: event.name,
        isSample: event.isSample,
        teams: counts.teams,
        crews: counts.crews,
        stages: counts.stages,
        stageResults: counts.stageResults,
        finalResults: counts.finalResults,
      },
      reason: "Created by the seed",
    },
  });
  return counts;
}

/**
 * Creates the whole event in one transaction, or nothing if an event with its slug exists: an event
 * the admins may have edited (prices, renamed crews, deleted rows) is never touched again.
 */
export async function writeEventPlan(db: Db, plan: EventPlan, seasonId: number, now: Date): Promise<SeedCounts | null> {
  const existing = await db.event.findUnique({ where: { slug: plan.event.slug }, select: { id: true } });
  if (existing) return null;
  try {
    return await db.$transaction((tx) => writeEvent(tx, plan, seasonId, now), TRANSACTION_OPTIONS);
  } catch (error) {
    // Another seeder (a second app instance, a parallel test) created the event first.
    const isRace = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (isRace && (await db.event.findUnique({ where: { slug: plan.event.slug }, select: { id: true } }))) return null;
    throw error;
  }
}
