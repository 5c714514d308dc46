"use server";

import { db } from "@/lib/server/db";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { rescoredNote } from "@/lib/server/admin/rescore";
import { createTeam, updateTeam } from "@/lib/server/admin/save-team";
import { createCrew, updateCrew } from "@/lib/server/admin/save-crew";
import { setCrewRetirement } from "@/lib/server/admin/retire-crew";
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
  done: ({ name }) => `Team ${name} added.`,
});

export const updateTeamAction = adminAction({
  form: TEAM_FIELDS,
  echo: TEAM_FIELDS,
  schema: updateTeamSchema,
  run: (input, admin) => updateTeam(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: ({ changed }) => (changed ? "Team saved." : "Nothing changed."),
});

export const createCrewAction = adminAction({
  form: CREW_FIELDS,
  echo: CREW_FIELDS,
  schema: createCrewSchema,
  run: (input, admin) => createCrew(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: (crew) => `Crew ${crew.number === null ? "" : `#${crew.number} `}${crew.driver} added. Add another, or go back to the event.`,
});

export const updateCrewAction = adminAction({
  form: CREW_FIELDS,
  echo: CREW_FIELDS,
  schema: updateCrewSchema,
  run: (input, admin) => updateCrew(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: (saved) => {
    if (!saved.changed) return "Nothing changed.";
    const price = saved.priceChanged ? " The new price applies to roster saves from now on; rosters already saved keep this crew." : "";
    return `Crew saved.${price}${rescoredNote(saved.rescored)}`;
  },
});

export const setCrewRetirementAction = adminAction({
  form: RETIREMENT_FIELDS,
  echo: RETIREMENT_FIELDS,
  schema: crewRetirementSchema,
  run: (input, admin) => setCrewRetirement(db, { ...input, actorId: admin.id }),
  revalidate: [EVERY_PAGE],
  done: (saved) => {
    if (!saved.changed) return "Nothing changed.";
    const status = saved.retiredAfter ? `Marked out of the rally after ${saved.retiredAfter}.` : "Back in the rally.";
    return `${status}${rescoredNote(saved.rescored)}`;
  },
});
