import { z } from "zod";
import { msg } from "@/lib/i18n/translate";
import { eventSlugSchema, idSchema } from "./params";
import { savePodiumCallSchema, saveRosterSchema } from "./play";

const runId = idSchema(msg("replay.action.noSuchRun"));
const stageNumber = z.coerce
  .number({ error: msg("replay.action.noSuchStage") })
  .int()
  .min(0)
  .max(100);

export const startReplaySchema = z.object({ eventSlug: eventSlugSchema });

export const replayRunSchema = z.object({ runId });

export const revealReplaySchema = z.object({ runId, stageNumber });

// The live forms' fields and messages, with the run and its open stage in place of the event.
export const saveReplayRosterSchema = saveRosterSchema.omit({ eventSlug: true }).extend({ runId, stageNumber });

export const saveReplayCallSchema = savePodiumCallSchema.omit({ eventSlug: true, stageNumber: true }).extend({ runId, stageNumber });
