"use server";

import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { adminAction, EVERY_PAGE } from "@/lib/server/form-action";
import { correctStageResults, markStageOfficial, publishStageResults, saveStageResults } from "@/lib/server/results/stage-results";
import { correctFinalResults, markFinalOfficial, publishFinalResults, saveFinalResults } from "@/lib/server/results/final-results";
import type { ResultEntry } from "@/lib/game/results-csv";
import { finalResultsFormSchema, stageResultsFormSchema } from "@/lib/validation/admin-results";

const MESSAGES = {
  save: "Draft saved. Players see nothing until you publish.",
  publish: "Published as provisional: every player is rescored.",
  official: "Marked official.",
  correct: "Correction saved and published as provisional: every player is rescored.",
};

function requireReason(reason: string | undefined): string {
  if (!reason) throw new AppError("INVALID", "A correction needs a reason.", { reason: ["Say why the published results change"] });
  return reason;
}

// The data functions check every row (resultsGridSchema) inside their transaction.
const asRows = (rows: unknown[]) => rows as ResultEntry[];

export const stageResultsAction = adminAction({
  form: (formData) => Object.fromEntries(formData),
  schema: stageResultsFormSchema,
  run: async (input, admin) => {
    const base = { actorId: admin.id, stageId: input.stageId, expectedVersion: input.version };
    if (input.intent === "save") await saveStageResults(db, { ...base, rows: asRows(input.rows) });
    if (input.intent === "publish") await publishStageResults(db, base);
    if (input.intent === "official") await markStageOfficial(db, base);
    if (input.intent === "correct")
      await correctStageResults(db, { ...base, rows: asRows(input.rows), reason: requireReason(input.reason) });
  },
  revalidate: [EVERY_PAGE],
  done: (_result, input) => MESSAGES[input.intent],
});

export const finalResultsAction = adminAction({
  form: (formData) => Object.fromEntries(formData),
  schema: finalResultsFormSchema,
  run: async (input, admin) => {
    const base = { actorId: admin.id, eventId: input.eventId, expectedVersion: input.version };
    if (input.intent === "save") await saveFinalResults(db, { ...base, rows: asRows(input.rows) });
    if (input.intent === "publish") await publishFinalResults(db, base);
    if (input.intent === "official") await markFinalOfficial(db, base);
    if (input.intent === "correct")
      await correctFinalResults(db, { ...base, rows: asRows(input.rows), reason: requireReason(input.reason) });
  },
  revalidate: [EVERY_PAGE],
  done: (_result, input) => MESSAGES[input.intent],
});
