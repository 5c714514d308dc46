import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { resolveRules, ruleOverridesSchema, type Rules } from "@/lib/game/rules";
import type { RosterCrew } from "@/lib/game/roster";

export type EventForPlay = {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
  isSample: boolean;
  featuredTeamId: number | null;
  rules: Rules;
  crews: (RosterCrew & {
    number: number | null;
    driver: string;
    coDriver: string | null;
    driverNationality: string | null;
    coDriverNationality: string | null;
    vehicle: string | null;
    isSamplePrice: boolean;
  })[];
};

/** A playable event with its resolved rules and Stock field, or a NOT_FOUND AppError. */
export async function loadEventForPlay(db: Db, slug: string): Promise<EventForPlay> {
  const event = await db.event.findUnique({
    where: { slug },
    include: { crews: { where: { category: "STOCK" }, include: { team: true }, orderBy: [{ price: "desc" }, { number: "asc" }] } },
  });
  if (!event || event.status === "DRAFT") throw new AppError("NOT_FOUND", msg("play.action.noSuchEvent"));
  const overrides = ruleOverridesSchema.safeParse(event.rules);
  // Stored rules are validated on every admin write; a bad row here is a bug, not user input.
  if (!overrides.success) throw new Error(`event ${event.slug} has invalid rules: ${overrides.error.message}`);
  return {
    id: event.id,
    slug: event.slug,
    name: event.name,
    timeZone: event.timeZone,
    isSample: event.isSample,
    featuredTeamId: event.featuredTeamId,
    rules: resolveRules(overrides.data),
    crews: event.crews.map((crew) => ({
      id: String(crew.id),
      label: `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`,
      teamId: String(crew.teamId),
      teamName: crew.team.name,
      price: crew.price,
      isRetired: crew.status === "RETIRED",
      number: crew.number,
      driver: crew.driver,
      coDriver: crew.coDriver,
      driverNationality: crew.driverNationality,
      coDriverNationality: crew.coDriverNationality,
      vehicle: crew.vehicle ?? crew.team.vehicle,
      isSamplePrice: crew.isSamplePrice,
    })),
  };
}
