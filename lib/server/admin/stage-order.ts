import "server-only";
import type { Tx } from "@/lib/server/db";
import type { StageStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { formatInTimeZone } from "@/lib/format/date-time";
import { stageLabel, stageLabelCapitalised } from "@/lib/format/stage-label";

type Candidate = { id?: number; number: number; type: string; startsAt: Date; status: StageStatus };

/**
 * Stages run in number order: a stage that is not cancelled must start after the one numbered
 * before it and before the one numbered after it (cancelled stages are skipped). Rosters carry
 * over in that order, so a start out of order would make the locks disagree with the scoring.
 */
export async function assertStageOrder(tx: Tx, eventId: number, timeZone: string, candidate: Candidate, field: string | null) {
  if (candidate.status === "CANCELLED") return;
  const others = await tx.stage.findMany({
    where: { eventId, status: { not: "CANCELLED" }, ...(candidate.id ? { id: { not: candidate.id } } : {}) },
    orderBy: { number: "asc" },
    select: { number: true, type: true, startsAt: true },
  });
  const previous = others.filter((stage) => stage.number < candidate.number).at(-1);
  const next = others.find((stage) => stage.number > candidate.number);
  const fail = (message: string) => new AppError("INVALID", message, field ? { [field]: [message] } : undefined);
  const name = stageLabelCapitalised(candidate);
  if (previous && previous.startsAt.getTime() >= candidate.startsAt.getTime()) {
    throw fail(
      `${name} must start after ${stageLabel(previous)}, which starts ${formatInTimeZone(previous.startsAt, timeZone)} local time`,
    );
  }
  if (next && next.startsAt.getTime() <= candidate.startsAt.getTime()) {
    throw fail(`${name} must start before ${stageLabel(next)}, which starts ${formatInTimeZone(next.startsAt, timeZone)} local time`);
  }
}
