import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { resolveRules, ruleOverridesSchema, type Rules } from "@/lib/game/rules";
import type { RosterCrew } from "@/lib/game/roster";

/** A crew as the play page sends it to the browser: rule fields plus what the card shows. */
export type PlayCrew = RosterCrew & {
  number: number | null;
  driver: string;
  coDriver: string | null;
  driverNationality: string | null;
  coDriverNationality: string | null;
  vehicle: string | null;
};

export type EventForPlay = {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
  isSample: boolean;
  featuredTeamId: number | null;
  rules: Rules;
  crews: (PlayCrew & { isSamplePrice: boolean })[];
};

/** A crew as the statement returns it: database ids and status, where PlayCrew has strings and flags. */
type CrewRow = Omit<PlayCrew, "id" | "label" | "teamId" | "isRetired"> & {
  id: number;
  teamId: number;
  status: string;
  isSamplePrice: boolean;
};

type EventRow = {
  id: number | null;
  slug: string;
  name: string;
  timeZone: string;
  isSample: boolean;
  status: string;
  featuredTeamId: number | null;
  rules: unknown;
  crews: CrewRow[];
};

// The event and its Stock field in one statement (the nested read took three round trips): the
// play page and every roster save and podium call read it.
const eventColumns = Prisma.sql`
  e.id, e.slug, e.name, e.time_zone AS "timeZone", e.is_sample AS "isSample", e.status::text AS status,
  e.featured_team_id AS "featuredTeamId", e.rules,
  COALESCE((
    SELECT json_agg(json_build_object(
      'id', c.id, 'number', c.number, 'driver', c.driver, 'coDriver', c.co_driver,
      'driverNationality', c.driver_nationality, 'coDriverNationality', c.co_driver_nationality,
      'vehicle', COALESCE(c.vehicle, t.vehicle), 'teamId', c.team_id, 'teamName', t.name,
      'price', c.price, 'status', c.status, 'isSamplePrice', c.is_sample_price
    ) ORDER BY c.price DESC, c.number)
    FROM crew c JOIN team t ON t.id = c.team_id
    WHERE c.event_id = e.id AND c.category = 'STOCK'
  ), '[]'::json) AS crews`;

function toEventForPlay(row: EventRow | undefined): EventForPlay {
  if (!row || row.id === null || row.status === "DRAFT") throw new AppError("NOT_FOUND", msg("play.action.noSuchEvent"));
  const overrides = ruleOverridesSchema.safeParse(row.rules);
  // Stored rules are validated on every admin write; a bad row here is a bug, not user input.
  if (!overrides.success) throw new Error(`event ${row.slug} has invalid rules: ${overrides.error.message}`);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    timeZone: row.timeZone,
    isSample: row.isSample,
    featuredTeamId: row.featuredTeamId,
    rules: resolveRules(overrides.data),
    crews: row.crews.map((crew) => ({
      id: String(crew.id),
      label: `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`,
      teamId: String(crew.teamId),
      teamName: crew.teamName,
      price: crew.price,
      isRetired: crew.status === "RETIRED",
      number: crew.number,
      driver: crew.driver,
      coDriver: crew.coDriver,
      driverNationality: crew.driverNationality,
      coDriverNationality: crew.coDriverNationality,
      vehicle: crew.vehicle,
      isSamplePrice: crew.isSamplePrice,
    })),
  };
}

/** A playable event with its resolved rules and Stock field, or a NOT_FOUND AppError. */
export async function loadEventForPlay(db: Db, slug: string): Promise<EventForPlay> {
  const [row] = await db.$queryRaw<EventRow[]>`SELECT ${eventColumns} FROM event e WHERE e.slug = ${slug}`;
  return toEventForPlay(row);
}

/** The account behind a session, as a roster save checks it (see getCurrentUser). */
export type SavingUser = { id: string; isDeleted: boolean; sessionVersion: number; locale: string | null };

export type RosterSaveContext = {
  user: SavingUser | null;
  /** The event, or the NOT_FOUND error a save answers once the user is known to be allowed. */
  event: EventForPlay | AppError;
  /** The crews of the player's latest roster version (none before a first save). */
  keptCrewIds: string[];
};

type SaveContextRow = EventRow & { user: SavingUser | null; keptCrewIds: number[] };

/**
 * Everything a roster save reads, in one round trip: the account (whether the session still stands,
 * its saved language), the event with its field and rules, and the latest roster's crews. A save
 * on deadline day is CPU-bound in the server, and each statement costs a query through the client
 * and a socket write (bench/README.md, "The rush's CPU").
 */
export async function loadRosterSaveContext(db: Db, userId: string, slug: string): Promise<RosterSaveContext> {
  const [row] = await db.$queryRaw<SaveContextRow[]>`
    SELECT
      (SELECT json_build_object('id', u.id, 'isDeleted', u.deleted_at IS NOT NULL, 'sessionVersion', u.session_version,
         'locale', u.locale) FROM "user" u WHERE u.id = ${userId}::uuid) AS "user",
      ${eventColumns},
      ARRAY(
        SELECT vc.crew_id FROM roster r
        CROSS JOIN LATERAL (SELECT id FROM roster_version WHERE roster_id = r.id ORDER BY saved_at DESC LIMIT 1) v
        JOIN roster_version_crew vc ON vc.version_id = v.id
        WHERE r.user_id = ${userId}::uuid AND r.event_id = e.id
      ) AS "keptCrewIds"
    FROM (SELECT 1) one LEFT JOIN event e ON e.slug = ${slug}`;
  let event: EventForPlay | AppError;
  try {
    event = toEventForPlay(row);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    event = error;
  }
  return { user: row?.user ?? null, event, keptCrewIds: (row?.keptCrewIds ?? []).map(String) };
}
