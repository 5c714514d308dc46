import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";
import { findNextLock } from "@/lib/game/stage-lock";
import { isPublished } from "@/lib/game/results-status";

const PUBLISH_ACTIONS = ["publish-stage-results", "correct-stage-results", "publish-final-results", "correct-final-results"];

export type LastPublish = {
  action: string;
  at: Date;
  /** The stage published or corrected, or null for the final classification. */
  stage: { number: number; type: string; name: string | null } | null;
  actorName: string | null;
  /** Recorded since publishes time their rescore; null on older entries. */
  players: number | null;
  durationMs: number | null;
};

function readEffect(after: unknown): { players: number | null; durationMs: number | null } {
  const rescore = (after as { rescore?: { players?: unknown; durationMs?: unknown } } | null)?.rescore;
  const players = typeof rescore?.players === "number" ? rescore.players : null;
  const durationMs = typeof rescore?.durationMs === "number" ? rescore.durationMs : null;
  return { players, durationMs };
}

/**
 * What an admin watches on race day, read at the database clock: the stage running now (the last
 * one started), the next lock, the started stages whose results are not published yet, and what
 * the last publish or correction did (players rescored, time taken).
 */
export async function getRaceDay(db: Db, slug: string) {
  const [now, event] = await Promise.all([
    getDatabaseNow(db),
    db.event.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        timeZone: true,
        status: true,
        finalStatus: true,
        stages: {
          orderBy: { number: "asc" },
          select: {
            id: true,
            number: true,
            type: true,
            name: true,
            startTown: true,
            finishTown: true,
            startsAt: true,
            status: true,
            resultsStatus: true,
            _count: { select: { results: true } },
          },
        },
      },
    }),
  ]);
  if (!event) return null;
  const stages = event.stages.filter((stage) => stage.status !== "CANCELLED");
  const started = stages.filter((stage) => stage.startsAt <= now);
  const current = started.at(-1) ?? null;
  const nextLock = findNextLock(stages, now) ?? null;
  const waiting = started.filter((stage) => !isPublished(stage.resultsStatus));

  const entry = await db.auditLog.findFirst({
    where: {
      action: { in: PUBLISH_ACTIONS },
      OR: [
        { entityType: "stage", entityId: { in: event.stages.map((stage) => String(stage.id)) } },
        { entityType: "event", entityId: String(event.id) },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, createdAt: true, entityType: true, entityId: true, after: true, actor: { select: { displayName: true } } },
  });
  const lastPublish: LastPublish | null = entry
    ? {
        action: entry.action,
        at: entry.createdAt,
        stage: entry.entityType === "stage" ? (event.stages.find((stage) => String(stage.id) === entry.entityId) ?? null) : null,
        actorName: entry.actor?.displayName ?? null,
        ...readEffect(entry.after),
      }
    : null;
  return { now, event, current, nextLock, waiting, lastPublish };
}

export type RaceDay = NonNullable<Awaited<ReturnType<typeof getRaceDay>>>;
