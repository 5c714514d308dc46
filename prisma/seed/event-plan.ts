// What the seed writes for one event, built from the source files by pure functions so the content
// can be unit-tested without a database. Crews are referred to by `key` (the driver's name) because
// race numbers can be unknown.
import type { EventStatus, ResultsStatus, StageStatus, StageType } from "@/lib/generated/prisma/enums";
import type { SourceStageType } from "./source-data";

export type PlannedTeam = {
  name: string;
  manufacturer: string | null;
  vehicle: string | null;
  note: string | null;
  isFeatured: boolean;
};

export type PlannedCrew = {
  key: string;
  teamName: string;
  number: number | null;
  driver: string;
  driverNationality: string | null;
  coDriver: string | null;
  coDriverNationality: string | null;
  vehicle: string | null;
  price: number;
  source: string | null;
};

export type PlannedResult = { crewKey: string; position: number; timeSeconds: number | null };

export type PlannedStage = {
  number: number;
  name: string | null;
  type: StageType;
  startTown: string;
  finishTown: string;
  specialKm: number | null;
  totalKm: number | null;
  startsAt: Date;
  status: StageStatus;
  note: string | null;
  /** Known places only; empty when no results are seeded. */
  results: PlannedResult[];
};

export type EventPlan = {
  seasonSlug: string;
  event: {
    slug: string;
    name: string;
    country: string;
    timeZone: string;
    startDate: Date;
    endDate: Date;
    status: EventStatus;
    isSample: boolean;
    description: string;
    finalStatus: ResultsStatus | null;
  };
  teams: PlannedTeam[];
  crews: PlannedCrew[];
  stages: PlannedStage[];
  finalResults: PlannedResult[];
};

const STAGE_TYPES: Record<SourceStageType, StageType> = {
  prologue: "PROLOGUE",
  stage: "STAGE",
  marathon: "MARATHON",
};

export function toStageType(type: SourceStageType): StageType {
  return STAGE_TYPES[type];
}

/**
 * Sources give stage dates only. 07:00 local is this project's convention for a stage start (and so
 * its lock time), not a published start time; admins move it when the organiser publishes times.
 */
export const CONVENTIONAL_START_TIME = "07:00";
