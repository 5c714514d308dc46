import type { Prisma, Team } from "@/lib/generated/prisma/client";
import { createEvent } from "./event";
import type { FactoryDb } from "./factory-db";
import { randomSuffix } from "./random";

export type TeamOverrides = Partial<Prisma.TeamUncheckedCreateInput>;

/** A team; without `eventId` it joins a new event (next to that event's featured team). */
export async function createTeam(db: FactoryDb, overrides: TeamOverrides = {}): Promise<Team> {
  const eventId = overrides.eventId ?? (await createEvent(db)).id;
  const suffix = randomSuffix();
  return db.team.create({
    data: {
      name: `Team ${suffix}`,
      manufacturer: `Maker ${suffix}`,
      vehicle: `Car ${suffix}`,
      ...overrides,
      eventId,
    },
  });
}
