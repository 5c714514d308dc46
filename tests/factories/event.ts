import type { Event, Prisma, Team } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";
import { randomSuffix } from "./random";
import { createSeason } from "./season";
import { createTeam } from "./team";
import type { TeamOverrides } from "./team";

export type EventOverrides = Partial<Omit<Prisma.EventUncheckedCreateInput, "featuredTeamId">> & {
  featuredTeam?: Omit<TeamOverrides, "eventId">;
};

export type EventWithFeaturedTeam = Event & { featuredTeam: Team };

const DAY_MS = 86_400_000;

function utcMidnight(offsetDays: number): Date {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + offsetDays * DAY_MS);
}

/** An UPCOMING event (in its own new season unless `seasonId` is given) with a featured team. */
export async function createEvent(db: FactoryDb, overrides: EventOverrides = {}): Promise<EventWithFeaturedTeam> {
  const { featuredTeam: teamOverrides, ...eventOverrides } = overrides;
  const seasonId = overrides.seasonId ?? (await createSeason(db)).id;
  const suffix = randomSuffix();
  const event = await db.event.create({
    data: {
      slug: `event-${suffix}`,
      name: `Rally ${suffix}`,
      timeZone: "Asia/Riyadh",
      startDate: utcMidnight(7),
      endDate: utcMidnight(21),
      status: "UPCOMING",
      ...eventOverrides,
      seasonId,
    },
  });
  const featuredTeam = await createTeam(db, { ...teamOverrides, eventId: event.id });
  const updated = await db.event.update({ where: { id: event.id }, data: { featuredTeamId: featuredTeam.id } });
  return { ...updated, featuredTeam };
}
