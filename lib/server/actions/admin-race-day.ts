"use server";

import { db } from "@/lib/server/db";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { rescoredNote } from "@/lib/server/admin/rescore";
import { confirmPrices, importEntryList } from "@/lib/server/admin/import-entry-list";
import { saveTimetable } from "@/lib/server/admin/save-timetable";
import { requestWording } from "@/lib/server/admin/request-wording";
import { confirmPricesSchema, importEntryListSchema, timetableSchema } from "@/lib/validation/admin-race-day";

// Race day: the field imported from the entry list, its prices confirmed, the timetable as a table.

const TIMETABLE_COLUMNS = ["stageId", "version", "startsAtLocal", "startTown", "finishTown", "specialKm", "totalKm"] as const;

export const importEntryListAction = adminAction({
  form: ["eventId", "csv"] as const,
  schema: importEntryListSchema,
  run: async (input, admin) => importEntryList(db, { ...input, actorId: admin.id }, await requestWording()),
  revalidate: [EVERY_PAGE],
  done: async ({ created, updated, unchanged, teamsCreated, rescored }) => {
    const t = await getRequestTranslate();
    const teams =
      teamsCreated.length > 0 ? t(msg("admin.action.teamsCreated"), { count: teamsCreated.length, names: teamsCreated.join(", ") }) : "";
    return (
      t(msg("admin.action.imported"), { created, updated, unchanged }) +
      teams +
      t(msg("admin.action.importedSamples")) +
      rescoredNote(rescored, t)
    );
  },
});

export const confirmPricesAction = adminAction({
  form: ["eventId"] as const,
  schema: confirmPricesSchema,
  run: (input, admin) => confirmPrices(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: async ({ confirmed }) => {
    const t = await getRequestTranslate();
    return confirmed === 0 ? t(msg("admin.action.pricesAlreadyConfirmed")) : t(msg("admin.action.pricesConfirmed"), { count: confirmed });
  },
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
  run: async (input, admin) => saveTimetable(db, { ...input, actorId: admin.id }, await requestWording()),
  revalidate: [EVERY_PAGE],
  done: async ({ changed, rescored }) => {
    const t = await getRequestTranslate();
    if (changed === 0) return t(msg("admin.action.nothingChanged"));
    return `${t(msg("admin.action.timetableSaved"), { count: changed })}${rescoredNote(rescored, t)}`;
  },
});
