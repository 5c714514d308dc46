import type { PodiumCall, Prisma } from "@/lib/generated/prisma/client";
import { createCrew } from "./crew";
import type { FactoryDb } from "./factory-db";
import { createStage } from "./stage";
import { createUser } from "./user";

export type PodiumCallOverrides = Partial<Prisma.PodiumCallUncheckedCreateInput>;

/**
 * A podium call. Slots left out are filled with other crews of the stage's event (created when the
 * event has too few); `featuredBestCrewId` defaults to null ("none").
 */
export async function createPodiumCall(db: FactoryDb, overrides: PodiumCallOverrides = {}): Promise<PodiumCall> {
  const stageId = overrides.stageId ?? (await createStage(db)).id;
  const userId = overrides.userId ?? (await createUser(db)).id;
  const slots = [overrides.p1CrewId, overrides.p2CrewId, overrides.p3CrewId];
  const given = slots.filter((id): id is number => id !== undefined);
  const spare: number[] = [];
  if (given.length < slots.length) {
    const { eventId } = await db.stage.findUniqueOrThrow({ where: { id: stageId }, select: { eventId: true } });
    const crews = await db.crew.findMany({
      where: { eventId, id: { notIn: given } },
      orderBy: { id: "asc" },
      take: slots.length - given.length,
      select: { id: true },
    });
    spare.push(...crews.map((crew) => crew.id));
    while (given.length + spare.length < slots.length) spare.push((await createCrew(db, { eventId })).id);
  }
  const [p1CrewId, p2CrewId, p3CrewId] = slots.map((id) => id ?? spare.shift());
  if (p1CrewId === undefined || p2CrewId === undefined || p3CrewId === undefined) {
    throw new Error("createPodiumCall could not fill the podium");
  }
  return db.podiumCall.create({
    data: { featuredBestCrewId: null, ...overrides, stageId, userId, p1CrewId, p2CrewId, p3CrewId },
  });
}
