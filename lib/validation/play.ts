import { z } from "zod";
import { CHIPS } from "@/lib/game/rules";
import { msg } from "@/lib/i18n/translate";
import { eventSlugSchema, idSchema } from "./params";

const crewId = idSchema(msg("play.action.pickCrew"));

export const saveRosterSchema = z.object({
  eventSlug: eventSlugSchema,
  crewIds: z.array(crewId).max(20, msg("play.action.tooManyCrews")),
  captainId: z.coerce
    .number({ error: msg("play.action.chooseCaptain") })
    .int()
    .positive({ error: msg("play.action.chooseCaptain") }),
  // The form sends "" for "no chip".
  chip: z.preprocess(
    (value) => (value === "" || value === "NONE" ? null : value),
    z.enum(CHIPS, { error: msg("play.chips.unknown") }).nullish(),
  ),
});

/** The roster builder's own fields (a crew per `crewId` field), for saveRosterSchema and the replay's. */
export function readRosterForm(formData: FormData) {
  return {
    crewIds: formData.getAll("crewId"),
    captainId: formData.get("captainId"),
    chip: formData.get("chip"),
  };
}

export const savePodiumCallSchema = z.object({
  eventSlug: eventSlugSchema,
  stageNumber: z.coerce.number().int().min(0).max(100),
  p1: crewId,
  p2: crewId,
  p3: crewId,
  // "none" calls that no featured crew finishes
  featuredBest: z.union([z.literal("none"), crewId], { error: msg("play.action.pickFeaturedOrNone") }),
});
