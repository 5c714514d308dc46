"use server";

import { db } from "@/lib/server/db";
import { userAction } from "@/lib/server/form-action";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { saveRoster } from "@/lib/server/picks/save-roster";
import { savePodiumCall } from "@/lib/server/picks/save-podium-call";
import { savePodiumCallSchema, saveRosterSchema } from "@/lib/validation/play";

export const saveRosterAction = userAction({
  form: (formData) => ({
    eventSlug: formData.get("eventSlug"),
    crewIds: formData.getAll("crewId"),
    captainId: formData.get("captainId"),
    chip: formData.get("chip"),
  }),
  schema: saveRosterSchema,
  // A refused roster lists its broken rules in the reader's language; the same translator words
  // the success (resolving the language again cost a session read and a query per save).
  run: async (input, user) => {
    const t = await getRequestTranslate();
    return { saved: await saveRoster(db, { userId: user.id, ...input }, t), t };
  },
  // No revalidation: it would re-render the whole play page into every save's answer, the cost
  // of a deadline rush (bench/README.md). The roster builder keeps what it saved as its baseline.
  done: ({ saved, t }) => {
    const stage = saved.appliesFromStage === 0 ? "prologue" : "numbered";
    return t(msg("play.action.rosterSaved"), { stage, number: saved.appliesFromStage });
  },
});

export const savePodiumCallAction = userAction({
  form: ["eventSlug", "stageNumber", "p1", "p2", "p3", "featuredBest"],
  schema: savePodiumCallSchema,
  run: (input, user) =>
    savePodiumCall(db, {
      userId: user.id,
      eventSlug: input.eventSlug,
      stageNumber: input.stageNumber,
      podium: [input.p1, input.p2, input.p3],
      featuredBestId: input.featuredBest === "none" ? null : input.featuredBest,
    }),
  revalidate: (input) => [`/play/${input.eventSlug}`],
  done: async () => (await getRequestTranslate())(msg("play.action.callSaved")),
});
