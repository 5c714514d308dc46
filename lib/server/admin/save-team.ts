import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import type { TeamFields } from "@/lib/validation/admin-events";
import { diffFields, writeAudit, type Actor } from "./audit";
import { msg } from "@/lib/i18n/translate";
import { assertEventExists, fieldError, goneError, withUniqueField } from "./row-guards";

const NAME_TAKEN = msg("admin.errors.teamNameTaken");

async function assertNameFree(tx: Tx, eventId: number, name: string, teamId?: number) {
  const taken = await tx.team.findFirst({
    where: { eventId, name: { equals: name, mode: "insensitive" }, ...(teamId ? { id: { not: teamId } } : {}) },
    select: { id: true },
  });
  if (taken) throw fieldError("CONFLICT", "name", NAME_TAKEN);
}

export async function createTeam(db: Db, input: TeamFields & Actor & { eventId: number }) {
  const { actorId, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        await assertEventExists(tx, fields.eventId);
        await assertNameFree(tx, fields.eventId, fields.name);
        const team = await tx.team.create({ data: fields });
        await writeAudit(tx, { actorId, action: "create-team", entityType: "team", entityId: team.id, after: fields });
        return team;
      }),
    "name",
    NAME_TAKEN,
  );
}

/** Teams carry no version: their fields are labels, and the last edit wins. */
export async function updateTeam(db: Db, input: TeamFields & Actor & { teamId: number }) {
  const { actorId, teamId, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        const team = await tx.team.findUnique({
          where: { id: teamId },
          select: { eventId: true, name: true, manufacturer: true, vehicle: true, note: true },
        });
        if (!team) throw goneError("team");
        const { eventId, ...current } = team;
        const diff = diffFields(current, fields);
        if (diff.changed.length === 0) return { changed: false };
        if (diff.changed.includes("name")) await assertNameFree(tx, eventId, fields.name, teamId);
        await tx.team.update({ where: { id: teamId }, data: fields });
        await writeAudit(tx, {
          actorId,
          action: "update-team",
          entityType: "team",
          entityId: teamId,
          before: diff.before,
          after: diff.after,
        });
        return { changed: true };
      }),
    "name",
    NAME_TAKEN,
  );
}
