import "server-only";
import type { Db } from "@/lib/server/db";
import { writeAudit, type Actor } from "./audit";
import { countPublishedStagesAfter } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { msg } from "@/lib/i18n/translate";
import { fieldError, lockVersionedRow } from "./row-guards";
import { ENGLISH_WORDING, stageInSentence, type Wording } from "./wording";

export type CrewRetirementInput = Actor & { crewId: number; expectedVersion: number; retiredAfterStageId: number | null };

/**
 * Marks a crew out of the rally after one of its event's stages (null puts it back in). It then
 * scores nothing on later stages and can be swapped out free, so published later stages rescore.
 */
export async function setCrewRetirement(db: Db, input: CrewRetirementInput, wording: Wording = ENGLISH_WORDING) {
  return db.$transaction(async (tx) => {
    await lockVersionedRow(tx, "crew", input.crewId, input.expectedVersion);
    const crew = await tx.crew.findUniqueOrThrow({
      where: { id: input.crewId },
      select: { eventId: true, status: true, retiredAfter: { select: { id: true, number: true, type: true } } },
    });
    await lockScoring(tx, crew.eventId);
    const previous = crew.retiredAfter;
    const isRetired = crew.status === "RETIRED";
    if ((previous?.id ?? null) === input.retiredAfterStageId && isRetired === (input.retiredAfterStageId !== null)) {
      return { changed: false, rescored: false };
    }

    const stage =
      input.retiredAfterStageId === null
        ? null
        : await tx.stage.findUnique({
            where: { id: input.retiredAfterStageId },
            select: { id: true, eventId: true, number: true, type: true },
          });
    if (stage && stage.eventId !== crew.eventId) throw fieldError("INVALID", "retiredAfterStageId", msg("admin.errors.stageNotOfEvent"));
    if (input.retiredAfterStageId !== null && !stage) throw fieldError("INVALID", "retiredAfterStageId", msg("admin.errors.stageGone"));

    if (stage) {
      const laterFinish = await tx.stageResult.findFirst({
        where: { crewId: input.crewId, status: "FINISHED", stage: { number: { gt: stage.number } } },
        orderBy: { stage: { number: "desc" } },
        select: { stage: { select: { number: true, type: true } } },
      });
      if (laterFinish) {
        const later = stageInSentence(wording, laterFinish.stage);
        throw fieldError("CONFLICT", "retiredAfterStageId", wording.t(msg("admin.errors.finishedLater"), { stage: later }));
      }
    }

    // Scores of published stages after the earlier of the old and new retirement points change.
    const from = Math.min(previous?.number ?? Number.MAX_SAFE_INTEGER, stage?.number ?? Number.MAX_SAFE_INTEGER);
    const rescore = from !== Number.MAX_SAFE_INTEGER && (await countPublishedStagesAfter(tx, crew.eventId, from)) > 0;

    await tx.crew.update({
      where: { id: input.crewId },
      data: { status: stage ? "RETIRED" : "RUNNING", retiredAfterStageId: stage?.id ?? null, version: { increment: 1 } },
    });
    await rescoreAfterChange(tx, crew.eventId, { isPublishedAffected: rescore });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: stage ? "retire-crew" : "unretire-crew",
      entityType: "crew",
      entityId: input.crewId,
      before: { status: crew.status, retiredAfterStage: previous?.number ?? null },
      after: { status: stage ? "RETIRED" : "RUNNING", retiredAfterStage: stage?.number ?? null },
    });
    // The stage itself: the action words it in the admin's language.
    return { changed: true, rescored: rescore, retiredAfter: stage ? { number: stage.number, type: stage.type } : null };
  }, SCORING_TRANSACTION_OPTIONS);
}
