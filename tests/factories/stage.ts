import type { Prisma, Stage } from "@/lib/generated/prisma/client";
import { createEvent } from "./event";
import type { FactoryDb } from "./factory-db";
import { randomSuffix } from "./random";

export type StageOverrides = Partial<Prisma.StageUncheckedCreateInput>;

const WEEK_MS = 7 * 86_400_000;

/**
 * A stage (and its lock): `startsAt` defaults to a week from now. Without `number` it takes the
 * event's next number, starting at 1.
 */
export async function createStage(db: FactoryDb, overrides: StageOverrides = {}): Promise<Stage> {
  const eventId = overrides.eventId ?? (await createEvent(db)).id;
  const number = overrides.number ?? (await nextStageNumber(db, eventId));
  const suffix = randomSuffix();
  return db.stage.create({
    data: {
      startTown: `Start ${suffix}`,
      finishTown: `Finish ${suffix}`,
      specialKm: 300,
      totalKm: 500,
      startsAt: new Date(Date.now() + WEEK_MS),
      ...overrides,
      eventId,
      number,
    },
  });
}

async function nextStageNumber(db: FactoryDb, eventId: number): Promise<number> {
  const last = await db.stage.aggregate({ where: { eventId }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}
