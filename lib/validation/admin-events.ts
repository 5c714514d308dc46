import { z } from "zod";
import { toIsoDate } from "@/lib/format/date-time";
import { ruleOverridesSchema, type RuleOverrides } from "@/lib/game/rules";
import { msg } from "@/lib/i18n/translate";
import { idSchema } from "./params";

// Admin forms for seasons, events, teams, crews and stages. Every value arrives as FormData text:
// blank optional fields become null, checkboxes become booleans. Messages are keys (admin.validation,
// validation), worded in the admin's language by the action; bounds come from the zod issue.

const blankToNull = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "") ? null : value;
const blankToUndefined = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

const MAX_LENGTH = msg("validation.maxLength");
const WHOLE = msg("admin.validation.whole");
const AT_LEAST = msg("admin.validation.atLeast");
const AT_MOST = msg("admin.validation.atMost");

const requiredText = (missing: string, max: number) => z.string({ error: missing }).trim().min(1, missing).max(max, MAX_LENGTH);

const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, MAX_LENGTH).nullable());

const requiredInt = (missing: string, min: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: missing }).int(WHOLE).min(min, AT_LEAST).max(max, AT_MOST));

const optionalInt = (min: number, max: number) =>
  z.preprocess(blankToNull, z.coerce.number().int(WHOLE).min(min, AT_LEAST).max(max, AT_MOST).nullable());

const requiredId = (missing: string) => z.preprocess(blankToUndefined, idSchema(missing));

const checkbox = z.unknown().transform((value) => value === "on" || value === "true");

const rowIdSchema = idSchema(msg("admin.validation.missingId"));
const versionSchema = z.coerce
  .number({ error: msg("admin.validation.missingVersion") })
  .int()
  .min(1, msg("admin.validation.missingVersion"));

/** Forms post the row's version as `version`; data functions take it as `expectedVersion`. */
function toExpectedVersion<T extends { version: number }>({ version, ...rest }: T): Omit<T, "version"> & { expectedVersion: number } {
  return { ...rest, expectedVersion: version };
}

// URL segments under /admin/events and /admin/seasons that a slug must not shadow.
const RESERVED_SLUGS = ["new", "edit"];

const slugSchema = z
  .string({ error: msg("admin.validation.slug") })
  .trim()
  .toLowerCase()
  .min(1, msg("admin.validation.slug"))
  .max(80, MAX_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, msg("admin.validation.slugFormat"))
  .refine((slug) => !RESERVED_SLUGS.includes(slug), msg("admin.validation.slugReserved"));

/** An IANA zone name such as Asia/Riyadh or Europe/Paris; abbreviations and raw offsets are refused. */
export function isIanaTimeZone(value: string): boolean {
  if (!/^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string({ error: msg("admin.validation.timeZone") })
  .trim()
  .min(1, msg("admin.validation.timeZone"))
  .refine(isIanaTimeZone, msg("admin.validation.timeZoneFormat"));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isoDateSchema = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine((value) => {
      const match = ISO_DATE.exec(value);
      if (!match) return false;
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return toIsoDate(date) === value;
    }, msg("admin.validation.date"));

/** `2026-01-03T07:00`, the value of an <input type="datetime-local">; seconds, if sent, are dropped. */
export const localDateTimeSchema = z
  .string({ error: msg("admin.validation.start") })
  .trim()
  .min(1, msg("admin.validation.start"))
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, msg("admin.validation.startFormat"))
  .transform((value) => value.slice(0, 16));

/** Zod issue paths as `stagePoints.3`, so an admin can find the offending key in the JSON. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Rule overrides typed as JSON text; blank means "no overrides". */
export const rulesJsonSchema = z.preprocess(
  (value) => (typeof value === "string" ? value : ""),
  z
    .string()
    .max(5_000, MAX_LENGTH)
    .transform((text, context): RuleOverrides => {
      if (text.trim() === "") return {};
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        context.addIssue({ code: "custom", message: msg("admin.validation.json"), params: { error: (error as Error).message } });
        return z.NEVER;
      }
      const overrides = ruleOverridesSchema.safeParse(parsed);
      if (!overrides.success) {
        for (const issue of overrides.error.issues) context.addIssue({ code: "custom", message: describeIssue(issue) });
        return z.NEVER;
      }
      return overrides.data;
    }),
);

// ---------------------------------------------------------------- seasons

const seasonFields = {
  slug: slugSchema,
  name: requiredText(msg("admin.validation.seasonName"), 80),
  year: requiredInt(msg("admin.validation.year"), 2000, 2100),
};

export const createSeasonSchema = z.object(seasonFields);
export const updateSeasonSchema = z.object({ seasonId: rowIdSchema, ...seasonFields });

export type SeasonInput = z.output<typeof createSeasonSchema>;

// ---------------------------------------------------------------- events

const eventFields = {
  seasonId: requiredId(msg("admin.validation.season")),
  slug: slugSchema,
  name: requiredText(msg("admin.validation.eventName"), 120),
  country: optionalText(80),
  timeZone: timeZoneSchema,
  startDate: isoDateSchema(msg("admin.validation.firstDay")),
  endDate: isoDateSchema(msg("admin.validation.lastDay")),
  status: z.enum(["DRAFT", "UPCOMING", "LIVE", "COMPLETED"], { error: msg("admin.validation.status") }),
  isSample: checkbox,
  description: optionalText(2_000),
  rules: rulesJsonSchema,
};

const endAfterStart = <T extends { startDate: string; endDate: string }>(input: T) => input.endDate >= input.startDate;
const endAfterStartIssue = { path: ["endDate"], message: msg("admin.validation.endBeforeStart") };

export const createEventSchema = z.object({ ...eventFields, featuredTeamName: optionalText(80) }).refine(endAfterStart, endAfterStartIssue);

export const updateEventSchema = z
  .object({
    ...eventFields,
    eventId: rowIdSchema,
    version: versionSchema,
    featuredTeamId: z.preprocess(blankToNull, rowIdSchema.nullable()),
  })
  .refine(endAfterStart, endAfterStartIssue)
  .transform(toExpectedVersion);

export type CreateEventInput = z.output<typeof createEventSchema>;
export type UpdateEventInput = z.output<typeof updateEventSchema>;

// ---------------------------------------------------------------- teams

const teamFields = {
  name: requiredText(msg("admin.validation.teamName"), 80),
  manufacturer: optionalText(80),
  vehicle: optionalText(80),
  note: optionalText(500),
};

export const createTeamSchema = z.object({ eventId: rowIdSchema, ...teamFields });
export const updateTeamSchema = z.object({ teamId: rowIdSchema, ...teamFields });

export type TeamFields = Omit<z.output<typeof createTeamSchema>, "eventId">;

// ---------------------------------------------------------------- crews

const nationalitySchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, msg("admin.validation.nationality"))
    .nullable(),
);

const crewFields = {
  teamId: requiredId(msg("admin.validation.team")),
  number: optionalInt(1, 999_999),
  driver: requiredText(msg("admin.validation.driver"), 80),
  driverNationality: nationalitySchema,
  coDriver: optionalText(80),
  coDriverNationality: nationalitySchema,
  vehicle: optionalText(80),
  category: z.enum(["ULTIMATE", "STOCK", "CHALLENGER", "SSV"], { error: msg("admin.validation.category") }),
  price: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: msg("admin.validation.price") })
      .int(msg("admin.validation.priceWhole"))
      .min(1, msg("admin.validation.priceMin"))
      .max(100_000, msg("admin.validation.priceMax")),
  ),
  isSamplePrice: checkbox,
  source: optionalText(300),
};

export const createCrewSchema = z.object({ eventId: rowIdSchema, ...crewFields });
export const updateCrewSchema = z.object({ crewId: rowIdSchema, version: versionSchema, ...crewFields }).transform(toExpectedVersion);

export type CrewFields = Omit<z.output<typeof createCrewSchema>, "eventId">;

/** `running` puts the crew back in the rally; a stage id retires it after that stage. */
export const crewRetirementSchema = z
  .object({
    crewId: rowIdSchema,
    version: versionSchema,
    retiredAfterStageId: z.union([z.literal("running"), rowIdSchema], { error: msg("admin.validation.retirement") }),
  })
  .transform(({ retiredAfterStageId, ...rest }) =>
    toExpectedVersion({ ...rest, retiredAfterStageId: retiredAfterStageId === "running" ? null : retiredAfterStageId }),
  );

// ---------------------------------------------------------------- stages

const stageFields = {
  number: requiredInt(msg("admin.validation.stageNumber"), 0, 200),
  name: optionalText(80),
  type: z.enum(["PROLOGUE", "STAGE", "MARATHON"], { error: msg("admin.validation.stageType") }),
  startTown: requiredText(msg("admin.validation.startTown"), 80),
  finishTown: requiredText(msg("admin.validation.finishTown"), 80),
  specialKm: optionalInt(0, 10_000),
  totalKm: optionalInt(0, 10_000),
  note: optionalText(500),
};

export const createStageSchema = z.object({ eventId: rowIdSchema, startsAtLocal: localDateTimeSchema, ...stageFields });
export const updateStageSchema = z.object({ stageId: rowIdSchema, version: versionSchema, ...stageFields }).transform(toExpectedVersion);
export const moveStageStartSchema = z
  .object({ stageId: rowIdSchema, version: versionSchema, startsAtLocal: localDateTimeSchema })
  .transform(toExpectedVersion);
export const lockStageNowSchema = z.object({ stageId: rowIdSchema, version: versionSchema }).transform(toExpectedVersion);
export const stageCancellationSchema = z
  .object({
    stageId: rowIdSchema,
    version: versionSchema,
    cancelled: z.enum(["true", "false"]).transform((value) => value === "true"),
  })
  .transform(toExpectedVersion);

export type StageFields = Omit<z.output<typeof createStageSchema>, "eventId" | "startsAtLocal">;
