import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import type { CalendarStage } from "./stage-locks-ics";

const STAGE_FIELDS = {
  id: true,
  number: true,
  name: true,
  type: true,
  startTown: true,
  startsAt: true,
  version: true,
  updatedAt: true,
  event: { select: { slug: true, name: true, timeZone: true } },
} satisfies Prisma.StageSelect;

// Cancelled stages never lock; draft events are not shown to players at all.
const LOCKING_STAGE = { status: { not: "CANCELLED" } } satisfies Prisma.StageWhereInput;

/** A published event's name and the locks of its stages, or null for an unknown or draft event. */
export async function getEventCalendarStages(db: Db, slug: string): Promise<{ name: string; stages: CalendarStage[] } | null> {
  const event = await db.event.findUnique({
    where: { slug },
    select: { name: true, status: true, stages: { where: LOCKING_STAGE, orderBy: { number: "asc" }, select: STAGE_FIELDS } },
  });
  if (!event || event.status === "DRAFT") return null;
  return { name: event.name, stages: event.stages };
}

/** The stage locks of every published event the player has a roster in. */
export async function listPlayerCalendarStages(db: Db, userId: string): Promise<CalendarStage[]> {
  return db.stage.findMany({
    where: { ...LOCKING_STAGE, event: { status: { not: "DRAFT" }, rosters: { some: { userId } } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: STAGE_FIELDS,
  });
}
