import type { Roster, RosterVersion, RosterVersionCrew } from "@/lib/generated/prisma/client";
import { createCrew } from "./crew";
import { createEvent } from "./event";
import type { FactoryDb } from "./factory-db";
import { createUser } from "./user";

export type RosterSaveOverrides = {
  userId?: string;
  eventId?: number;
  crewIds?: number[];
  /** Defaults to the first crew. */
  captainCrewId?: number;
  /** Defaults to the database clock; set it to place a save before or after a lock. */
  savedAt?: Date;
  /** A chip played with this version, for the stage `chipStageId`. */
  chip?: "JOKER" | "WILDCARD" | "SHIELD";
  chipStageId?: number;
};

export type RosterSave = {
  roster: Roster;
  version: RosterVersion & { crews: RosterVersionCrew[] };
};

async function resolveEventId(db: FactoryDb, overrides: RosterSaveOverrides): Promise<number> {
  if (overrides.eventId !== undefined) return overrides.eventId;
  const firstCrewId = overrides.crewIds?.[0];
  if (firstCrewId !== undefined) {
    const crew = await db.crew.findUniqueOrThrow({ where: { id: firstCrewId }, select: { eventId: true } });
    return crew.eventId;
  }
  return (await createEvent(db)).id;
}

/** Three new crews that satisfy the default rules: one from the featured team, two from other teams. */
async function createDefaultCrewIds(db: FactoryDb, eventId: number): Promise<number[]> {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { featuredTeamId: true } });
  const featured = await createCrew(db, event.featuredTeamId === null ? { eventId } : { teamId: event.featuredTeamId });
  const others = [await createCrew(db, { eventId }), await createCrew(db, { eventId })];
  return [featured.id, ...others.map((crew) => crew.id)];
}

/** One roster save: a RosterVersion with its crews and captain, creating the Roster on first save. */
export async function createRosterSave(db: FactoryDb, overrides: RosterSaveOverrides = {}): Promise<RosterSave> {
  const eventId = await resolveEventId(db, overrides);
  const crewIds = overrides.crewIds ?? (await createDefaultCrewIds(db, eventId));
  const captainCrewId = overrides.captainCrewId ?? crewIds[0];
  if (captainCrewId === undefined) throw new Error("createRosterSave needs at least one crew");
  const userId = overrides.userId ?? (await createUser(db)).id;

  const roster = await db.roster.upsert({
    where: { userId_eventId: { userId, eventId } },
    // joinedAt is the first save, so a back-dated first save back-dates it too.
    create: { userId, eventId, ...(overrides.savedAt ? { joinedAt: overrides.savedAt } : {}) },
    update: {},
  });
  const version = await db.rosterVersion.create({
    data: {
      rosterId: roster.id,
      captainCrewId,
      ...(overrides.savedAt ? { savedAt: overrides.savedAt } : {}),
      ...(overrides.chip ? { chip: overrides.chip, chipStageId: overrides.chipStageId } : {}),
      crews: { create: crewIds.map((crewId) => ({ crewId })) },
    },
    include: { crews: true },
  });
  return { roster, version };
}
