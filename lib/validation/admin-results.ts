import { z } from "zod";
import { idSchema } from "./params";

/** The grid's rows arrive as one JSON field; each row is checked again by resultsGridSchema. */
const rowsJson = z
  .string()
  .max(200_000, "Too many rows")
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "The results grid could not be read: reload the page" });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.unknown()).max(500, "Too many rows"));

const version = z.coerce.number().int().min(1);

export const stageResultsFormSchema = z.object({
  intent: z.enum(["save", "publish", "official", "correct"], { error: "Choose what to do with the results" }),
  stageId: idSchema(),
  version,
  rows: rowsJson,
  reason: z.string().trim().max(500, "Use at most 500 characters").optional(),
});

export const finalResultsFormSchema = stageResultsFormSchema.omit({ stageId: true }).extend({ eventId: idSchema() });
