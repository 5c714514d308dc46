import { z } from "zod";
import { eventSlugSchema, idSchema } from "./params";

const crewId = idSchema("Pick a crew");

export const saveRosterSchema = z.object({
  eventSlug: eventSlugSchema,
  crewIds: z.array(crewId).max(20, "Too many crews"),
  captainId: z.coerce.number({ error: "Choose a captain" }).int().positive({ error: "Choose a captain" }),
});

export const savePodiumCallSchema = z.object({
  eventSlug: eventSlugSchema,
  stageNumber: z.coerce.number().int().min(0).max(100),
  p1: crewId,
  p2: crewId,
  p3: crewId,
  // "none" calls that no featured crew finishes
  featuredBest: z.union([z.literal("none"), crewId], { error: "Pick a featured crew or none" }),
});
