// The researched source files in prisma/data, parsed once with zod so a bad edit fails the seed with
// a message naming the field instead of seeding half-typed data.
import { z } from "zod";
import dakar2026Json from "../data/dakar-2026-stock.json" with { type: "json" };
import dakar2027Json from "../data/dakar-2027-provisional.json" with { type: "json" };

const isoDate = z.iso.date();
const stageType = z.enum(["prologue", "stage", "marathon"]);

const eventSchema = z.object({
  name: z.string().min(1),
  country: z.string().min(1),
  startDate: isoDate,
  endDate: isoDate,
  timeZone: z.string().min(1),
});

const dakar2026Schema = z.object({
  event: eventSchema,
  stages: z.array(
    z.object({
      number: z.int().min(0),
      name: z.string().optional(),
      date: isoDate,
      from: z.string().min(1),
      to: z.string().min(1),
      type: stageType,
      specialKm: z.int().positive().nullable(),
      totalKm: z.int().positive().nullable(),
      note: z.string().optional(),
    }),
  ),
  teams: z.array(
    z.object({
      name: z.string().min(1),
      manufacturer: z.string().nullable(),
      featured: z.boolean(),
      vehicle: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  crews: z.array(
    z.object({
      number: z.int().positive().nullable(),
      driver: z.string().min(1),
      driverNationality: z.string().length(3).nullable(),
      coDriver: z.string().nullable(),
      coDriverNationality: z.string().length(3).nullable(),
      team: z.string().min(1),
      source: z.string().min(1),
    }),
  ),
  stageResults: z.array(
    z.object({
      stage: z.int().min(0),
      // A race number, or a driver's name where the sources give no number.
      order: z.array(z.union([z.int().positive(), z.string().min(1)])).min(1),
      times: z.array(z.string().nullable()).optional(),
      confidence: z.string(),
    }),
  ),
  finalClassification: z.object({
    order: z.array(z.int().positive()).min(1),
    winnerTime: z.string(),
  }),
});

const dakar2027Schema = z.object({
  event: eventSchema,
  stages: z.array(
    z.object({
      number: z.int().min(0),
      name: z.string().optional(),
      date: isoDate,
      from: z.string().min(1),
      to: z.string().min(1),
      type: stageType,
      km: z.int().positive().nullable(),
    }),
  ),
  kmNote: z.string(),
  entries: z.string(),
});

export type Dakar2026Source = z.infer<typeof dakar2026Schema>;
export type Dakar2027Source = z.infer<typeof dakar2027Schema>;
export type SourceStageType = z.infer<typeof stageType>;

export function readDakar2026Source(): Dakar2026Source {
  return dakar2026Schema.parse(dakar2026Json);
}

export function readDakar2027Source(): Dakar2027Source {
  return dakar2027Schema.parse(dakar2027Json);
}
