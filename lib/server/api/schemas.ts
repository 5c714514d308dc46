import "server-only";
import { z } from "zod";
import { PUBLISHED_STATUSES } from "@/lib/game/results-status";

// The documented response bodies of the JSON API (app/api/v1, described in the README). The
// mappers in this folder are typed by these schemas and the contract tests parse every body with
// them. Dates of a calendar day are YYYY-MM-DD; instants are ISO 8601 in UTC.

const instant = z.iso.datetime();
const published = z.enum(PUBLISHED_STATUSES).nullable();

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.array(z.string())).optional() }),
});

export const eventSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  status: z.enum(["UPCOMING", "LIVE", "COMPLETED"]),
  isSample: z.boolean(),
  country: z.string().nullable(),
  timeZone: z.string(),
  featuredTeam: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  stageCount: z.number().int(),
});
export const eventListSchema = z.object({ events: z.array(eventSummarySchema) });

const eventRefSchema = z.object({ slug: z.string(), name: z.string() });
const crewRefSchema = z.object({ id: z.number().int(), number: z.number().int().nullable(), driver: z.string() });

/** `status` is the lock state by the database clock: open (picks allowed), locked, cancelled. */
export const stageSchema = z.object({
  number: z.number().int(),
  name: z.string().nullable(),
  type: z.enum(["PROLOGUE", "STAGE", "MARATHON"]),
  startTown: z.string(),
  finishTown: z.string(),
  specialKm: z.number().int().nullable(),
  totalKm: z.number().int().nullable(),
  startsAt: instant,
  status: z.enum(["open", "locked", "cancelled"]),
  resultsStatus: published,
  correctedAt: instant.nullable(),
  correctionReason: z.string().nullable(),
});

export const eventDetailSchema = z.object({
  event: eventSummarySchema.extend({ season: z.string(), description: z.string().nullable(), finalStatus: published }),
  stages: z.array(stageSchema.extend({ podium: z.array(z.object({ position: z.number().int(), crew: crewRefSchema })) })),
});

export const crewListSchema = z.object({
  event: eventRefSchema,
  crews: z.array(
    z.object({
      id: z.number().int(),
      number: z.number().int().nullable(),
      driver: z.string(),
      driverNationality: z.string().nullable(),
      coDriver: z.string().nullable(),
      coDriverNationality: z.string().nullable(),
      team: z.object({ id: z.number().int(), name: z.string(), isFeatured: z.boolean() }),
      vehicle: z.string().nullable(),
      price: z.number().int(),
      isSamplePrice: z.boolean(),
      status: z.enum(["RUNNING", "RETIRED"]),
    }),
  ),
});

const finishStatus = z.enum(["FINISHED", "DNF", "DSQ", "DNS"]);
export const stageResultSchema = z.object({
  position: z.number().int().nullable(),
  status: finishStatus,
  timeSeconds: z.number().int().nullable(),
  penaltySeconds: z.number().int(),
  crew: crewRefSchema,
});

export const stageDetailSchema = z.object({ event: eventRefSchema, stage: stageSchema, results: z.array(stageResultSchema) });

export const eventResultsSchema = z.object({
  event: eventRefSchema,
  stages: z.array(z.object({ stage: stageSchema, results: z.array(stageResultSchema) })),
  final: z
    .object({
      status: z.enum(PUBLISHED_STATUSES),
      results: z.array(
        z.object({
          position: z.number().int().nullable(),
          status: finishStatus,
          timeSeconds: z.number().int().nullable(),
          crew: crewRefSchema.extend({ coDriver: z.string().nullable() }),
        }),
      ),
    })
    .nullable(),
});

/** `movement` is places gained since the previous published stage (negative: lost); null when new or on a stage board. */
export const leaderboardRowSchema = z.object({
  playerId: z.uuid(),
  rank: z.number().int(),
  previousRank: z.number().int().nullable(),
  movement: z.number().int().nullable(),
  name: z.string(),
  points: z.number().int(),
  exact: z.number().int(),
});

const boardPageSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pages: z.number().int(),
  provisional: z.boolean(),
  rows: z.array(leaderboardRowSchema),
});

export const overallLeaderboardSchema = boardPageSchema.extend({ event: eventRefSchema, updatedAt: instant.nullable() });

export const stageLeaderboardSchema = boardPageSchema.extend({
  event: eventRefSchema,
  stage: z.object({ number: z.number().int(), name: z.string().nullable(), type: z.enum(["PROLOGUE", "STAGE", "MARATHON"]) }),
});

/** League ranks are among the members; a member not scored yet has no rank and lists last. */
export const leagueRowSchema = leaderboardRowSchema.extend({ rank: z.number().int().nullable() });

export const leagueLeaderboardSchema = boardPageSchema.extend({
  league: z.object({ id: z.number().int(), name: z.string(), eventId: z.number().int(), ownerId: z.uuid() }),
  event: eventRefSchema,
  updatedAt: instant.nullable(),
  rows: z.array(leagueRowSchema),
  /** The signed-in member's own row and the page it is on. */
  mine: leagueRowSchema.extend({ page: z.number().int() }).nullable(),
});

export type EventSummaryJson = z.infer<typeof eventSummarySchema>;
export type EventListJson = z.infer<typeof eventListSchema>;
export type StageJson = z.infer<typeof stageSchema>;
export type EventDetailJson = z.infer<typeof eventDetailSchema>;
export type CrewListJson = z.infer<typeof crewListSchema>;
export type StageResultJson = z.infer<typeof stageResultSchema>;
export type StageDetailJson = z.infer<typeof stageDetailSchema>;
export type EventResultsJson = z.infer<typeof eventResultsSchema>;
export type LeaderboardRowJson = z.infer<typeof leaderboardRowSchema>;
export type OverallLeaderboardJson = z.infer<typeof overallLeaderboardSchema>;
export type StageLeaderboardJson = z.infer<typeof stageLeaderboardSchema>;
export type LeagueRowJson = z.infer<typeof leagueRowSchema>;
export type LeagueLeaderboardJson = z.infer<typeof leagueLeaderboardSchema>;
