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
const town = (missing: string) => z.string({ error: missing }).trim().min(1, missing).max(80, "use at most 80 characters");
const km = z.preprocess(
  blankToNull,
  z.coerce.number().int("use whole kilometres").min(0, "use 0 or more").max(10_000, "use 10000 or less").nullable(),
);

const timetableRowSchema = z.object({
  stageId: idSchema("missing stage: reload the page"),
  version: z.coerce.number({ error: "missing version: reload the page" }).int().min(1, "missing version: reload the page"),
  startsAtLocal: localDateTimeSchema,
  startTown: town("enter the start town"),
  finishTown: town("enter the finish town"),
  specialKm: km,
  totalKm: km,
});

const FIELD_LABELS: Record<string, string> = {
  stageId: "stage",
  version: "version",
  startsAtLocal: "start",
  startTown: "start town",
  finishTown: "finish town",
  specialKm: "special km",
  totalKm: "total km",
};

/**
 * The whole timetable: one row per stage, in the page's order. A bad row's problems come back under
 * `stage-<id>` (the key the page shows beside that row), each naming the row and the column.
 */
export const timetableSchema = z
  .object({
    eventId: eventIdSchema,
    rows: z.array(z.record(z.string(), z.unknown())).min(1, "The timetable is empty: reload the page").max(300, "Too many rows"),
  })
  .transform(({ eventId, rows }, context) => {
    const parsed = rows.map((row, index) => {
      const result = timetableRowSchema.safeParse(row);
      if (result.success) return result.data;
      const key = /^\d{1,9}$/.test(String(row.stageId ?? "")) ? `stage-${String(row.stageId)}` : "rows";
      for (const issue of result.error.issues) {
        const field = FIELD_LABELS[String(issue.path[0])] ?? String(issue.path[0]);
        context.addIssue({ code: "custom", path: [key], message: `Row ${index + 1}, ${field}: ${issue.message}` });
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
