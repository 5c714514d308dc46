import "server-only";
import type { Db } from "@/lib/server/db";
import type { SeasonInput } from "@/lib/validation/admin-events";
import { diffFields, writeAudit, type Actor } from "./audit";
import { msg } from "@/lib/i18n/translate";
import { fieldError, goneError, withUniqueField } from "./row-guards";

const TAKEN = msg("admin.errors.seasonSlugTaken");

export async function createSeason(db: Db, input: SeasonInput & Actor) {
  const { actorId, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        if (await tx.season.findUnique({ where: { slug: fields.slug }, select: { id: true } })) throw fieldError("CONFLICT", "slug", TAKEN);
        const season = await tx.season.create({ data: fields });
        await writeAudit(tx, { actorId, action: "create-season", entityType: "season", entityId: season.id, after: fields });
        return season;
      }),
    "slug",
    TAKEN,
  );
}

export async function updateSeason(db: Db, input: SeasonInput & Actor & { seasonId: number }) {
  const { actorId, seasonId, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        const season = await tx.season.findUnique({ where: { id: seasonId }, select: { slug: true, name: true, year: true } });
        if (!season) throw goneError("season");
        const taken = await tx.season.findFirst({ where: { slug: fields.slug, id: { not: seasonId } }, select: { id: true } });
        if (taken) throw fieldError("CONFLICT", "slug", TAKEN);
        const diff = diffFields(season, fields);
        if (diff.changed.length === 0) return { changed: false };
        await tx.season.update({ where: { id: seasonId }, data: fields });
        await writeAudit(tx, {
          actorId,
          action: "update-season",
          entityType: "season",
          entityId: seasonId,
          before: diff.before,
          after: diff.after,
        });
        return { changed: true };
      }),
    "slug",
    TAKEN,
  );
}
