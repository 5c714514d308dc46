import { z } from "zod";
import { CHIPS, ruleOverridesSchema } from "@/lib/game/rules";
import { timeZoneSchema } from "./admin-events";
import { findExportReferenceIssues } from "./event-export-references";
import { MAX_ID } from "./params";

// The file `npm run export` writes and `npm run import` reads: one event with everything its game
// needs. Crews, teams and roster versions carry the source database's ids, used only to refer to
// each other inside the file; stages are referred to by number; players keep their uuid.

export const EVENT_EXPORT_FORMAT = "dune-draft-event";
// Version 2 adds chips to roster versions; version 1 files (no chips) still import.
export const EVENT_EXPORT_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, EVENT_EXPORT_VERSION];

const INVALID_DATE = "invalid date: use an ISO 8601 UTC time such as 2027-01-03T04:00:00.000Z";
const time = z.iso.datetime({ error: INVALID_DATE });
const day = z.iso.date({ error: "invalid date: use YYYY-MM-DD" });
const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single dashes");
const text = (max: number) => z.string().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullable();
const int = (min: number, max = MAX_ID) =>
  z.number().int("must be a whole number").min(min, `must be ${min} or more`).max(max, `must be ${max} or less`);
const fileId = int(1);
const stageNumber = int(0, 1000);
const playerId = z.uuid({ error: "must be a player uuid" });
const resultsStatus = z.enum(["DRAFT", "PROVISIONAL", "OFFICIAL"]);
const finishStatus = z.enum(["FINISHED", "DNF", "DSQ", "DNS"]);
const nationality = z.string().max(3, "must be a 3-letter code").nullable();

const resultRow = {
  crewId: fileId,
  position: int(1, 10_000).nullable(),
  status: finishStatus,
  timeSeconds: int(0).nullable(),
};
const onlyFinishersPlaced = (row: { position: number | null; status: string }) => row.position === null || row.status === "FINISHED";
const placedMessage = { message: "only a FINISHED crew has a position", path: ["position"] };

const stageSchema = z.strictObject({
  number: stageNumber,
  name: optionalText(120),
  type: z.enum(["PROLOGUE", "STAGE", "MARATHON"]),
  startTown: text(120),
  finishTown: text(120),
  specialKm: int(0, 100_000).nullable(),
  totalKm: int(0, 100_000).nullable(),
  startsAt: time,
  status: z.enum(["SCHEDULED", "LOCKED", "CANCELLED"]),
  resultsStatus: resultsStatus.nullable(),
  resultsPublishedAt: time.nullable(),
  correctedAt: time.nullable(),
  correctionReason: optionalText(1000),
  note: optionalText(2000),
  results: z.array(z.strictObject({ ...resultRow, penaltySeconds: int(0) }).refine(onlyFinishersPlaced, placedMessage)).max(10_000),
});

const crewSchema = z.strictObject({
  id: fileId,
  teamId: fileId,
  number: int(1).nullable(),
  driver: text(120),
  driverNationality: nationality,
  coDriver: optionalText(120),
  coDriverNationality: nationality,
  vehicle: optionalText(120),
  category: z.enum(["ULTIMATE", "STOCK", "CHALLENGER", "SSV"]),
  price: int(1, 1_000_000),
  isSamplePrice: z.boolean(),
  status: z.enum(["RUNNING", "RETIRED"]),
  retiredAfterStage: stageNumber.nullable(),
  source: optionalText(2000),
});

const rosterSchema = z.strictObject({
  playerId,
  joinedAt: time,
  versions: z
    .array(
      z.strictObject({
        id: fileId,
        savedAt: time,
        captainCrewId: fileId,
        crewIds: z.array(fileId).min(1).max(100),
        // A chip played with the version, and the stage it was saved for (version 2).
        chip: z.enum(CHIPS).nullish(),
        chipStage: stageNumber.nullish(),
      }),
    )
    .min(1, "a roster has at least one saved version")
    .max(10_000),
});

const podiumCallSchema = z.strictObject({
  stage: stageNumber,
  playerId,
  p1CrewId: fileId,
  p2CrewId: fileId,
  p3CrewId: fileId,
  featuredBestCrewId: fileId.nullable(),
  createdAt: time,
  updatedAt: time,
});

const scoreFields = { total: int(-2_147_483_648), exact: int(0), rank: int(1) };

const structureSchema = z.strictObject({
  format: z.literal(EVENT_EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(EVENT_EXPORT_VERSION)]),
  exportedAt: time,
  season: z.strictObject({ slug, name: text(80), year: int(1900, 3000) }),
  event: z
    .strictObject({
      slug,
      name: text(120),
      country: optionalText(80),
      timeZone: timeZoneSchema,
      startDate: day,
      endDate: day,
      featuredTeamId: fileId.nullable(),
      rules: ruleOverridesSchema,
      status: z.enum(["DRAFT", "UPCOMING", "LIVE", "COMPLETED"]),
      isSample: z.boolean(),
      description: optionalText(5000),
      finalStatus: resultsStatus.nullable(),
      finalPublishedAt: time.nullable(),
    })
    .refine((event) => event.endDate >= event.startDate, { message: "must not be before startDate", path: ["endDate"] }),
  teams: z
    .array(
      z.strictObject({
        id: fileId,
        name: text(120),
        manufacturer: optionalText(120),
        vehicle: optionalText(120),
        note: optionalText(2000),
      }),
    )
    .max(1_000),
  crews: z
    .array(
      crewSchema.refine((crew) => crew.status === "RETIRED" || crew.retiredAfterStage === null, {
        message: "only a RETIRED crew has a retirement stage",
        path: ["retiredAfterStage"],
      }),
    )
    .max(10_000),
  stages: z
    .array(
      stageSchema.refine((stage) => stage.correctedAt === null || stage.correctionReason !== null, {
        message: "a corrected stage needs its correction reason",
        path: ["correctionReason"],
      }),
    )
    .max(1_000),
  finalResults: z.array(z.strictObject(resultRow).refine(onlyFinishersPlaced, placedMessage)).max(10_000),
  players: z
    .array(z.strictObject({ id: playerId, displayName: z.string().min(3).max(24).nullable(), isDeleted: z.boolean() }))
    .max(1_000_000),
  rosters: z.array(rosterSchema).max(1_000_000),
  stageRosters: z.array(z.strictObject({ stage: stageNumber, playerId, rosterVersionId: fileId, transfers: int(0) })).max(10_000_000),
  podiumCalls: z.array(podiumCallSchema).max(10_000_000),
  stageScores: z
    .array(
      z.strictObject({
        stage: stageNumber,
        playerId,
        rosterPoints: int(-2_147_483_648),
        callPoints: int(0),
        penalty: int(0),
        ...scoreFields,
        exact: int(0, 3),
      }),
    )
    .max(10_000_000),
  standings: z
    .array(z.strictObject({ playerId, ...scoreFields, finalBonus: int(0), previousRank: int(1).nullable(), joinedAt: time }))
    .max(1_000_000),
  leagues: z
    .array(
      z.strictObject({
        name: z.string().min(3, "must be 3 to 40 characters").max(40, "must be 3 to 40 characters"),
        ownerId: playerId,
        inviteCode: text(64),
        createdAt: time,
        members: z.array(z.strictObject({ playerId, joinedAt: time })).max(1_000_000),
      }),
    )
    .max(100_000),
});

/** The whole file: its structure first, then every reference inside it (crews, stages, players...). */
export const eventExportSchema = structureSchema.superRefine((file, ctx) => {
  for (const issue of findExportReferenceIssues(file)) ctx.addIssue({ code: "custom", ...issue });
});

export type EventExport = z.output<typeof structureSchema>;

/** `stages[3].startsAt`: the path of a zod issue as a reader of the JSON would write it. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

export type ParsedEventExport = { ok: true; value: EventExport } | { ok: false; errors: string[] };

const MAX_REPORTED = 50;

/**
 * Validates a parsed JSON file. The format and version are checked on their own first, so a file
 * that is not an event export (or is a newer one) gets one clear line instead of a page of issues.
 */
export function parseEventExport(json: unknown): ParsedEventExport {
  const header = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(json);
  if (!header.success) return { ok: false, errors: ["the file must hold a JSON object (a Dune Draft event export)"] };
  if (header.data.format !== EVENT_EXPORT_FORMAT) {
    return { ok: false, errors: [`format: must be "${EVENT_EXPORT_FORMAT}" (this is not a Dune Draft event export)`] };
  }
  if (!READABLE_VERSIONS.includes(header.data.version)) {
    return {
      ok: false,
      errors: [`version: this app reads version ${READABLE_VERSIONS.join(" and ")} files, not ${JSON.stringify(header.data.version)}`],
    };
  }
  const parsed = eventExportSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues;
  const lines = issues.slice(0, MAX_REPORTED).map((issue) => {
    const at = formatIssuePath(issue.path);
    return at ? `${at}: ${issue.message}` : issue.message;
  });
  if (issues.length > MAX_REPORTED) lines.push(`... and ${issues.length - MAX_REPORTED} more problems`);
  return { ok: false, errors: lines };
}
