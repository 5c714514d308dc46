import "server-only";
import type { Db } from "@/lib/server/db";

const crewCard = {
  id: true,
  number: true,
  driver: true,
  driverNationality: true,
  coDriver: true,
  coDriverNationality: true,
  price: true,
  isSamplePrice: true,
  status: true,
} as const;

/** Every event visitors may see (not DRAFT), newest first, with its featured team's crews and counts. */
export async function listPublishedEvents(db: Db) {
  return db.event.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: { startDate: "desc" },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      isSample: true,
      startDate: true,
      endDate: true,
      country: true,
      timeZone: true,
      description: true,
      featuredTeam: {
        select: {
          id: true,
          name: true,
          vehicle: true,
          note: true,
          crews: { select: crewCard, orderBy: [{ number: "asc" }, { driver: "asc" }] },
        },
      },
      _count: { select: { stages: true, crews: true } },
    },
  });
}

export type PublishedEvent = Awaited<ReturnType<typeof listPublishedEvents>>[number];
