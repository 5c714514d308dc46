import { z } from "zod";
import { msg } from "@/lib/i18n/translate";
import { idSchema } from "./params";
import { localDateTimeSchema } from "./admin-events";

// Race-day admin forms: the entry list import, confirming prices, and the timetable as one table.

const eventIdSchema = idSchema(msg("admin.validation.missingEvent"));

/** The pasted or uploaded list; the lines themselves are read by lib/game/entry-list-csv. */
export const importEntryListSchema = z.object({
  eventId: eventIdSchema,
  csv: z
    .string({ error: msg("admin.validation.entryList") })
    .max(200_000, msg("admin.validation.entryListTooLong"))
    .refine((text) => text.trim() !== "", msg("admin.validation.entryList")),
});

export const confirmPricesSchema = z.object({ eventId: eventIdSchema });

const blankToNull = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? null : value);
// Row messages continue a sentence ("Row 2, finish town: enter the finish town"), hence their own keys.
const town = (missing: string) => z.string({ error: missing }).trim().min(1, missing).max(80, msg("admin.validation.row.tooLong"));
const km = z.preprocess(
  blankToNull,
  z.coerce
    .number()
    .int(msg("admin.validation.row.wholeKm"))
    .min(0, msg("admin.validation.row.kmMin"))
    .max(10_000, msg("admin.validation.row.kmMax"))
    .nullable(),
);
const missingVersion = msg("admin.validation.row.missingVersion");

const timetableRowSchema = z.object({
  stageId: idSchema(msg("admin.validation.row.missingStage")),
  version: z.coerce.number({ error: missingVersion }).int().min(1, missingVersion),
  startsAtLocal: localDateTimeSchema,
  startTown: town(msg("admin.validation.row.startTown")),
  finishTown: town(msg("admin.validation.row.finishTown")),
  specialKm: km,
  totalKm: km,
});

/**
 * The whole timetable: one row per stage, in the page's order. A bad row's problems come back under
 * `stage-<id>` (the key the page shows beside that row), each naming the row and the column.
 */
export const timetableSchema = z
  .object({
    eventId: eventIdSchema,
    rows: z
      .array(z.record(z.string(), z.unknown()))
      .min(1, msg("admin.validation.timetableEmpty"))
      .max(300, msg("admin.validation.tooManyRows")),
  })
  .transform(({ eventId, rows }, context) => {
    const parsed = rows.map((row, index) => {
      const result = timetableRowSchema.safeParse(row);
      if (result.success) return result.data;
      const key = /^\d{1,9}$/.test(String(row.stageId ?? "")) ? `stage-${String(row.stageId)}` : "rows";
      for (const issue of result.error.issues) {
        const params = { row: index + 1, field: String(issue.path[0]), problem: issue.message };
        context.addIssue({ code: "custom", path: [key], message: msg("admin.validation.row.problem"), params });
      }
      return null;
    });
    const good = parsed.filter((row) => row !== null);
    if (good.length !== rows.length) return z.NEVER;
    return {
      eventId,
      rows: good.map(({ version, ...row }) => ({ ...row, expectedVersion: version })),
    };
  });
