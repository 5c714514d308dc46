import type { Crew, Prisma } from "@/lib/generated/prisma/client";
import { createEvent } from "./event";
import type { FactoryDb } from "./factory-db";
import { nextUniqueInt, randomSuffix } from "./random";
import { createTeam } from "./team";

export type CrewOverrides = Partial<Prisma.CrewUncheckedCreateInput>;

async function resolveTeam(db: FactoryDb, overrides: CrewOverrides): Promise<{ eventId: number; teamId: number }> {
  if (overrides.teamId !== undefined) {
    const team = await db.team.findUniqueOrThrow({ where: { id: overrides.teamId }, select: { eventId: true } });
    return { eventId: team.eventId, teamId: overrides.teamId };
  }
  if (overrides.eventId !== undefined) {
    const team = await createTeam(db, { eventId: overrides.eventId });
    return { eventId: overrides.eventId, teamId: team.id };
  }
  const event = await createEvent(db);
  return { eventId: event.id, teamId: event.featuredTeam.id };
}

/**
 * A running Stock crew. With `teamId` it joins that team; with only `eventId` it gets a new team
 * there; with neither, it joins the featured team of a new event.
 */
export async function createCrew(db: FactoryDb, overrides: CrewOverrides = {}): Promise<Crew> {
  const { eventId, teamId } = await resolveTeam(db, overrides);
  const suffix = randomSuffix();
  return db.crew.create({
    data: {
      number: nextUniqueInt(),
      driver: `Driver ${suffix}`,
      driverNationality: "FRA",
      coDriver: `Co-driver ${suffix}`,
      coDriverNationality: "ESP",
      category: "STOCK",
      price: 20,
      ...overrides,
      eventId,
      teamId,
    },
  });
}
