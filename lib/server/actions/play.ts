"use server";

import { db } from "@/lib/server/db";
import { userAction } from "@/lib/server/form-action";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { savePodiumCall } from "@/lib/server/picks/save-podium-call";
import { savePodiumCallSchema } from "@/lib/validation/play";

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
