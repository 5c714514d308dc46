import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";

const EVENT_SUMMARY = {
  id: true,
  slug: true,
  name: true,
  timeZone: true,
  teams: { orderBy: { name: "asc" }, select: { id: true, name: true } },
  stages: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true, type: true, status: true } },
} as const;

/** The event's name, zone, teams and stages: what the crew and stage pages need around their form. */
export function getEventSummary(db: Db, slug: string) {
  return db.event.findUnique({ where: { slug }, select: EVENT_SUMMARY });
}

/** One crew of the event named by `slug`, or null (also when the crew belongs to another event). */
export async function getAdminCrew(db: Db, slug: string, crewId: number) {
  const [event, crew] = await Promise.all([
    getEventSummary(db, slug),
    db.crew.findUnique({ where: { id: crewId }, include: { _count: { select: { results: true, rosterVersionCrews: true } } } }),
  ]);
  return event && crew && crew.eventId === event.id ? { event, crew } : null;
}

/** One stage of the event named by `slug`, with the database clock, or null. */
export async function getAdminStage(db: Db, slug: string, stageId: number) {
  const [now, event, stage] = await Promise.all([
    getDatabaseNow(db),
    getEventSummary(db, slug),
    db.stage.findUnique({ where: { id: stageId }, include: { _count: { select: { results: true } } } }),
  ]);
  return event && stage && stage.eventId === event.id ? { now, event, stage } : null;
}
