"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { userAction } from "@/lib/server/form-action";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { abandonReplayRun, startReplayRun } from "@/lib/server/replay/manage-runs";
import { revealReplayStage } from "@/lib/server/replay/reveal-replay-stage";
import { saveReplayCall, saveReplayRoster } from "@/lib/server/replay/save-replay-picks";
import {
  replayRunSchema,
  revealReplaySchema,
  saveReplayCallSchema,
  saveReplayRosterSchema,
  startReplaySchema,
} from "@/lib/validation/replay";
import { readRosterForm } from "@/lib/validation/play";

const runPath = (runId: number) => `/replays/${runId}`;

export const startReplayAction = userAction({
  form: ["eventSlug"],
  schema: startReplaySchema,
  run: (input, user) => startReplayRun(db, { userId: user.id, eventSlug: input.eventSlug }),
  done: (started) => redirect(runPath(started.runId)),
});

export const saveReplayRosterAction = userAction({
  form: (formData) => ({
    runId: formData.get("runId"),
    stageNumber: formData.get("stageNumber"),
    ...readRosterForm(formData),
  }),
  schema: saveReplayRosterSchema,
  run: async (input, user) => saveReplayRoster(db, { userId: user.id, ...input }, await getRequestTranslate()),
  revalidate: (input) => [runPath(input.runId)],
  done: async () => (await getRequestTranslate())(msg("replay.action.rosterSaved")),
});

export const saveReplayCallAction = userAction({
  form: ["runId", "stageNumber", "p1", "p2", "p3", "featuredBest"],
  schema: saveReplayCallSchema,
  run: (input, user) =>
    saveReplayCall(db, {
      userId: user.id,
      runId: input.runId,
      stageNumber: input.stageNumber,
      podium: [input.p1, input.p2, input.p3],
      featuredBestId: input.featuredBest === "none" ? null : input.featuredBest,
    }),
  revalidate: (input) => [runPath(input.runId)],
  done: async () => (await getRequestTranslate())(msg("play.action.callSaved")),
});

export const revealReplayStageAction = userAction({
  form: ["runId", "stageNumber"],
  schema: revealReplaySchema,
  run: async (input, user) => revealReplayStage(db, { userId: user.id, ...input }, await getRequestTranslate()),
  revalidate: (input) => [runPath(input.runId)],
  done: async (revealed) => {
    const t = await getRequestTranslate();
    return t(msg("replay.action.revealed"), { points: revealed.stageTotal, total: revealed.runTotal });
  },
});

export const abandonReplayAction = userAction({
  form: ["runId"],
  schema: replayRunSchema,
  run: (input, user) => abandonReplayRun(db, { userId: user.id, runId: input.runId }),
  done: (abandoned) => redirect(`/events/${abandoned.eventSlug}`),
});
