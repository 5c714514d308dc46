import { z } from "zod";
import { msg } from "@/lib/i18n/translate";
import { idSchema } from "./params";

/** The grid's rows arrive as one JSON field; each row is checked again by resultsGridSchema. */
const rowsJson = z
  .string()
  .max(200_000, msg("admin.validation.tooManyRows"))
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: msg("admin.validation.gridUnreadable") });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.unknown()).max(500, msg("admin.validation.tooManyRows")));

const version = z.coerce.number().int().min(1);

export const stageResultsFormSchema = z.object({
  intent: z.enum(["save", "publish", "official", "correct"], { error: msg("admin.validation.intent") }),
  stageId: idSchema(),
  version,
  rows: rowsJson,
  reason: z.string().trim().max(500, msg("validation.maxLength")).optional(),
});

export const finalResultsFormSchema = stageResultsFormSchema.omit({ stageId: true }).extend({ eventId: idSchema() });
