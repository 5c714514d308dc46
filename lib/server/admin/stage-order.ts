import "server-only";
import type { Tx } from "@/lib/server/db";
import type { StageStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { formatInTimeZone } from "@/lib/format/date-time";
import { msg } from "@/lib/i18n/translate";
import { ENGLISH_WORDING, stageAtStart, stageInSentence, type Wording } from "./wording";

type Candidate = { id?: number; number: number; type: string; startsAt: Date; status: StageStatus };

/**
 * Stages run in number order: a stage that is not cancelled must start after the one numbered
 * before it and before the one numbered after it (cancelled stages are skipped). Rosters carry
 * over in that order, so a start out of order would make the locks disagree with the scoring.
 */
export async function assertStageOrder(
  tx: Tx,
  eventId: number,
  timeZone: string,
  candidate: Candidate,
  field: string | null,
  wording: Wording = ENGLISH_WORDING,
) {
  if (candidate.status === "CANCELLED") return;
  const others = await tx.stage.findMany({
    where: { eventId, status: { not: "CANCELLED" }, ...(candidate.id ? { id: { not: candidate.id } } : {}) },
    orderBy: { number: "asc" },
    select: { number: true, type: true, startsAt: true },
  });
  const previous = others.filter((stage) => stage.number < candidate.number).at(-1);
  const next = others.find((stage) => stage.number > candidate.number);
  const fail = (message: string) => new AppError("INVALID", message, field ? { [field]: [message] } : undefined);
  const { t, locale } = wording;
  const values = (other: { number: number; type: string; startsAt: Date }) => ({
    stage: stageAtStart(wording, candidate),
    other: stageInSentence(wording, other),
    time: formatInTimeZone(other.startsAt, timeZone, {}, locale),
  });
  if (previous && previous.startsAt.getTime() >= candidate.startsAt.getTime()) {
    throw fail(t(msg("admin.errors.startAfter"), values(previous)));
  }
  if (next && next.startsAt.getTime() <= candidate.startsAt.getTime()) {
    throw fail(t(msg("admin.errors.startBefore"), values(next)));
  }
}
