import "server-only";
import { toIsoDate } from "@/lib/format/date-time";
import { getStageLockState } from "@/lib/game/stage-lock";
import { publishedStatus } from "@/lib/game/results-status";
import type { EventPage } from "@/lib/server/events/get-event-page";
import type { PublishedEvent } from "@/lib/server/events/list-published-events";
import type { PublishedStageResult } from "@/lib/server/events/list-published-stage-results";
import type { CrewListJson, EventDetailJson, EventListJson, EventSummaryJson, StageJson, StageResultJson } from "./schemas";

// Plain JSON from the public pages' data functions: only the fields the pages show, never ids of
// accounts, and never a status that would reveal a draft (DRAFT results read as null).

type ShownEvent = Pick<PublishedEvent, "slug" | "name" | "startDate" | "endDate" | "status" | "isSample" | "country" | "timeZone"> & {
  featuredTeam: { id: number; name: string } | null;
};
type ShownStage = EventPage["event"]["stages"][number];

function toEventSummary(event: ShownEvent, stageCount: number): EventSummaryJson {
  if (event.status === "DRAFT") throw new Error("a draft event reached the public API");
  return {
    slug: event.slug,
    name: event.name,
    startDate: toIsoDate(event.startDate),
    endDate: toIsoDate(event.endDate),
    status: event.status,
    isSample: event.isSample,
    country: event.country,
    timeZone: event.timeZone,
    featuredTeam: event.featuredTeam ? { id: event.featuredTeam.id, name: event.featuredTeam.name } : null,
    stageCount,
  };
}

export function toEventList(events: PublishedEvent[]): EventListJson {
  return { events: events.map((event) => toEventSummary(event, event._count.stages)) };
}

export function toStageJson(stage: Omit<ShownStage, "results">, now: Date): StageJson {
  return {
    number: stage.number,
    name: stage.name,
    type: stage.type,
    startTown: stage.startTown,
    finishTown: stage.finishTown,
    specialKm: stage.specialKm,
    totalKm: stage.totalKm,
    startsAt: stage.startsAt.toISOString(),
    status: getStageLockState(stage, now),
    resultsStatus: publishedStatus(stage.resultsStatus),
    correctedAt: stage.correctedAt?.toISOString() ?? null,
    correctionReason: stage.correctionReason,
  };
}

export function toEventDetail({ event, now }: EventPage): EventDetailJson {
  return {
    event: {
      ...toEventSummary(event, event.stages.length),
      season: event.season.name,
      description: event.description,
      finalStatus: publishedStatus(event.finalStatus),
    },
    stages: event.stages.map((stage) => ({
      ...toStageJson(stage, now),
      podium: stage.results.flatMap((result) => (result.position === null ? [] : [{ position: result.position, crew: result.crew }])),
    })),
  };
}

/** The Stock field in the event page's order: featured team first, then teams by name. */
export function toCrewList({ event }: EventPage): CrewListJson {
  return {
    event: { slug: event.slug, name: event.name },
    crews: event.teams.flatMap((team) =>
      team.crews.map((crew) => ({
        id: crew.id,
        number: crew.number,
        driver: crew.driver,
        driverNationality: crew.driverNationality,
        coDriver: crew.coDriver,
        coDriverNationality: crew.coDriverNationality,
        team: { id: team.id, name: team.name, isFeatured: team.id === event.featuredTeamId },
        vehicle: crew.vehicle ?? team.vehicle,
        price: crew.price,
        isSamplePrice: crew.isSamplePrice,
        status: crew.status,
      })),
    ),
  };
}

export function toStageResultJson(result: PublishedStageResult): StageResultJson {
  return {
    position: result.position,
    status: result.status,
    timeSeconds: result.timeSeconds,
    penaltySeconds: result.penaltySeconds,
    crew: { id: result.crew.id, number: result.crew.number, driver: result.crew.driver },
  };
}
