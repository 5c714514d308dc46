import type { Prisma, Season } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";
import { randomSuffix } from "./random";

export type SeasonOverrides = Partial<Prisma.SeasonUncheckedCreateInput>;

export function createSeason(db: FactoryDb, overrides: SeasonOverrides = {}): Promise<Season> {
  const suffix = randomSuffix();
  return db.season.create({
    data: { slug: `season-${suffix}`, name: `Season ${suffix}`, year: new Date().getUTCFullYear(), ...overrides },
  });
}
