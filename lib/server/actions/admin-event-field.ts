"use server";

import { db } from "@/lib/server/db";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { stageTitleValues } from "@/lib/format/stage-label";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { rescoredNote } from "@/lib/server/admin/rescore";
import { createTeam, updateTeam } from "@/lib/server/admin/save-team";
import { createCrew, updateCrew } from "@/lib/server/admin/save-crew";
import { setCrewRetirement } from "@/lib/server/admin/retire-crew";
import { requestWording } from "@/lib/server/admin/request-wording";
import {
  createCrewSchema,
  createTeamSchema,
  crewRetirementSchema,
  updateCrewSchema,
  updateTeamSchema,
} from "@/lib/validation/admin-events";

// Teams and crews: the event's field.

const TEAM_FIELDS = ["eventId", "teamId", "name", "manufacturer", "vehicle", "note"] as const;
const CREW_FIELDS = [
  "eventId",
  "crewId",
  "version",
  "teamId",
  "number",
  "driver",
  "driverNationality",
  "coDriver",
  "coDriverNationality",
  "vehicle",
  "category",
  "price",
  "isSamplePrice",
  "source",
] as const;
const RETIREMENT_FIELDS = ["crewId", "version", "retiredAfterStageId"] as const;

export const createTeamAction = adminAction({
  form: TEAM_FIELDS,
  echo: TEAM_FIELDS,
  schema: createTeamSchema,
  run: (input, admin) => createTeam(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: async ({ name }) => (await getRequestTranslate())(msg("admin.action.teamAdded"), { name }),
});

export const updateTeamAction = adminAction({
  form: TEAM_FIELDS,
  echo: TEAM_FIELDS,
  schema: updateTeamSchema,
  run: (input, admin) => updateTeam(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: async ({ changed }) => (await getRequestTranslate())(changed ? msg("admin.action.teamSaved") : msg("admin.action.nothingChanged")),
});

export const createCrewAction = adminAction({
  form: CREW_FIELDS,
  echo: CREW_FIELDS,
  schema: createCrewSchema,
  run: (input, admin) => createCrew(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: async (crew) =>
    (await getRequestTranslate())(msg("admin.action.crewAdded"), {
      name: `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`,
    }),
});

export const updateCrewAction = adminAction({
  form: CREW_FIELDS,
  echo: CREW_FIELDS,
  schema: updateCrewSchema,
  run: (input, admin) => updateCrew(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: async (saved) => {
    const t = await getRequestTranslate();
    if (!saved.changed) return t(msg("admin.action.nothingChanged"));
    const price = saved.priceChanged ? t(msg("admin.action.priceChanged")) : "";
    return `${t(msg("admin.action.crewSaved"))}${price}${rescoredNote(saved.rescored, t)}`;
  },
});

export const setCrewRetirementAction = adminAction({
  form: RETIREMENT_FIELDS,
  echo: RETIREMENT_FIELDS,
  schema: crewRetirementSchema,
  run: async (input, admin) => setCrewRetirement(db, { ...input, actorId: admin.id }, await requestWording()),
  revalidate: [EVERY_PAGE],
  done: async (saved) => {
    const t = await getRequestTranslate();
    if (!saved.changed) return t(msg("admin.action.nothingChanged"));
    const stage = saved.retiredAfter && t(msg("admin.action.stageInSentence"), stageTitleValues({ ...saved.retiredAfter, name: null }));
    const status = stage ? t(msg("admin.action.retired"), { stage }) : t(msg("admin.action.backIn"));
    return `${status}${rescoredNote(saved.rescored, t)}`;
  },
});
