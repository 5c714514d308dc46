"use server";

import { db } from "@/lib/server/db";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { rescoredNote } from "@/lib/server/admin/rescore";
import { confirmPrices, importEntryList } from "@/lib/server/admin/import-entry-list";
import { saveTimetable } from "@/lib/server/admin/save-timetable";
import { confirmPricesSchema, importEntryListSchema, timetableSchema } from "@/lib/validation/admin-race-day";

// Race day: the field imported from the entry list, its prices confirmed, the timetable as a table.

const TIMETABLE_COLUMNS = ["stageId", "version", "startsAtLocal", "startTown", "finishTown", "specialKm", "totalKm"] as const;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const importEntryListAction = adminAction({
  form: ["eventId", "csv"] as const,
  schema: importEntryListSchema,
  run: (input, admin) => importEntryList(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: ({ created, updated, unchanged, teamsCreated, rescored }) => {
    const teams = teamsCreated.length > 0 ? ` ${plural(teamsCreated.length, "new team", "new teams")}: ${teamsCreated.join(", ")}.` : "";
    return (
      `Entry list imported: ${plural(created, "crew", "crews")} added, ${updated} updated, ${unchanged} unchanged.${teams}` +
      ` Prices show as samples until you confirm them.${rescoredNote(rescored)}`
    );
  },
});

export const confirmPricesAction = adminAction({
  form: ["eventId"] as const,
  schema: confirmPricesSchema,
  run: (input, admin) => confirmPrices(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: ({ confirmed }) =>
    confirmed === 0
      ? "Every price was already confirmed."
      : `${plural(confirmed, "price", "prices")} confirmed: players no longer see them as samples.`,
});

export const saveTimetableAction = adminAction({
  // One row per stage: each column is posted once per row, in the table's order.
  form: (formData) => {
    const columns = Object.fromEntries(TIMETABLE_COLUMNS.map((name) => [name, formData.getAll(name)]));
    const count = Math.max(...Object.values(columns).map((values) => values.length));
    return {
      eventId: formData.get("eventId"),
      rows: Array.from({ length: count }, (_, index) =>
        Object.fromEntries(TIMETABLE_COLUMNS.map((name) => [name, columns[name]![index] ?? null])),
      ),
    };
  },
  schema: timetableSchema,
  run: (input, admin) => saveTimetable(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: ({ changed, rescored }) =>
    changed === 0 ? "Nothing changed." : `Timetable saved: ${plural(changed, "stage", "stages")} changed.${rescoredNote(rescored)}`,
});
