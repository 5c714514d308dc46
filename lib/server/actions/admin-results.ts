"use server";

import { db } from "@/lib/server/db";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { AppError } from "@/lib/server/errors";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { requestWording } from "@/lib/server/admin/request-wording";
import { correctStageResults, markStageOfficial, publishStageResults, saveStageResults } from "@/lib/server/results/stage-results";
import { correctFinalResults, markFinalOfficial, publishFinalResults, saveFinalResults } from "@/lib/server/results/final-results";
import type { ResultEntry } from "@/lib/game/results-csv";
import { finalResultsFormSchema, stageResultsFormSchema } from "@/lib/validation/admin-results";

const MESSAGES = {
  save: msg("admin.action.draftSaved"),
  publish: msg("admin.action.published"),
  official: msg("admin.action.official"),
  correct: msg("admin.action.corrected"),
};

function requireReason(reason: string | undefined): string {
  if (!reason) throw new AppError("INVALID", msg("admin.action.reasonNeeded"), { reason: [msg("admin.action.reasonField")] });
  return reason;
}

// The data functions check every row (resultsGridSchema) inside their transaction.
const asRows = (rows: unknown[]) => rows as ResultEntry[];

export const stageResultsAction = adminAction({
  form: (formData) => Object.fromEntries(formData),
  schema: stageResultsFormSchema,
  run: async (input, admin) => {
    const base = { actorId: admin.id, stageId: input.stageId, expectedVersion: input.version };
    const wording = await requestWording();
    if (input.intent === "save") await saveStageResults(db, { ...base, rows: asRows(input.rows) }, wording);
    if (input.intent === "publish") await publishStageResults(db, base, wording);
    if (input.intent === "official") await markStageOfficial(db, base, wording);
    if (input.intent === "correct")
      await correctStageResults(db, { ...base, rows: asRows(input.rows), reason: requireReason(input.reason) }, wording);
  },
  revalidate: [EVERY_PAGE],
  done: async (_result, input) => (await getRequestTranslate())(MESSAGES[input.intent]),
});

export const finalResultsAction = adminAction({
  form: (formData) => Object.fromEntries(formData),
  schema: finalResultsFormSchema,
  run: async (input, admin) => {
    const base = { actorId: admin.id, eventId: input.eventId, expectedVersion: input.version };
    const wording = await requestWording();
    if (input.intent === "save") await saveFinalResults(db, { ...base, rows: asRows(input.rows) }, wording);
    if (input.intent === "publish") await publishFinalResults(db, base, wording);
    if (input.intent === "official") await markFinalOfficial(db, base, wording);
    if (input.intent === "correct")
      await correctFinalResults(db, { ...base, rows: asRows(input.rows), reason: requireReason(input.reason) }, wording);
  },
  revalidate: [EVERY_PAGE],
  done: async (_result, input) => (await getRequestTranslate())(MESSAGES[input.intent]),
});
