import "server-only";
import type { StageStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { formatInTimeZone } from "@/lib/format/date-time";
import type { Tx } from "./audit";
import { stageLabel } from "./stage-label";

type Candidate = { id?: number; number: number; type: string; startsAt: Date; status: StageStatus };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
  const name = capitalise(stageLabel(candidate));
  if (previous && previous.startsAt.getTime() >= candidate.startsAt.getTime()) {
    throw fail(`${name} must start after ${stageLabel(previous)}, which starts ${formatInTimeZone(previous.startsAt, timeZone)} local time`);
  }
  if (next && next.startsAt.getTime() <= candidate.startsAt.getTime()) {
    throw fail(`${name} must start before ${stageLabel(next)}, which starts ${formatInTimeZone(next.startsAt, timeZone)} local time`);
  }
}

/** The database clock inside the transaction: the clock the locks are enforced with. */
export async function databaseNow(tx: Tx): Promise<Date> {
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  if (!row) throw new Error("the database returned no time");
  return row.now;
}
