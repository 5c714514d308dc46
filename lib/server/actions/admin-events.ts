"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { createSeason, updateSeason } from "@/lib/server/admin/save-season";
import { createEvent, updateEvent } from "@/lib/server/admin/save-event";
import { rescoredNote } from "@/lib/server/admin/rescore";
import { createEventSchema, createSeasonSchema, updateEventSchema, updateSeasonSchema } from "@/lib/validation/admin-events";

const SEASON_FIELDS = ["seasonId", "slug", "name", "year"] as const;
const EVENT_FIELDS = [
  "seasonId",
  "slug",
  "name",
  "country",
  "timeZone",
  "startDate",
  "endDate",
  "status",
  "isSample",
  "description",
  "rules",
] as const;
const CREATE_EVENT_FIELDS = [...EVENT_FIELDS, "featuredTeamName"] as const;
const UPDATE_EVENT_FIELDS = [...EVENT_FIELDS, "eventId", "version", "featuredTeamId"] as const;

export const createSeasonAction = adminAction({
  form: SEASON_FIELDS,
  echo: SEASON_FIELDS,
  schema: createSeasonSchema,
  run: (input, admin) => createSeason(db, { ...input, actorId: admin.id }),
  revalidate: [{ layout: "/admin" }],
  done: async () => (await getRequestTranslate())(msg("admin.action.seasonCreated")),
});

export const updateSeasonAction = adminAction({
  form: SEASON_FIELDS,
  echo: SEASON_FIELDS,
  schema: updateSeasonSchema,
  run: (input, admin) => updateSeason(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: async ({ changed }) =>
    (await getRequestTranslate())(changed ? msg("admin.action.seasonSaved") : msg("admin.action.nothingChanged")),
});

export const createEventAction = adminAction({
  form: CREATE_EVENT_FIELDS,
  echo: CREATE_EVENT_FIELDS,
  schema: createEventSchema,
  run: (input, admin) => createEvent(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: ({ slug }) => redirect(`/admin/events/${slug}?created=1`),
});

export const updateEventAction = adminAction({
  form: UPDATE_EVENT_FIELDS,
  echo: UPDATE_EVENT_FIELDS,
  schema: updateEventSchema,
  run: (input, admin) => updateEvent(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: async (saved) => {
    if (saved.slug !== saved.previousSlug) redirect(`/admin/events/${saved.slug}`);
    const t = await getRequestTranslate();
    if (!saved.changed) return t(msg("admin.action.nothingChanged"));
    return `${t(msg("admin.action.eventSaved"))}${rescoredNote(saved.rescored, t)}`;
  },
});
