import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import type { CrewFields } from "@/lib/validation/admin-events";
import { diffFields, writeAudit, type Actor } from "./audit";
import { hasPublishedResults } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { msg } from "@/lib/i18n/translate";
import { assertEventExists, fieldError, lockVersionedRow, withUniqueField } from "./row-guards";

const NUMBER_TAKEN = msg("admin.errors.crewNumberTaken");

async function assertTeamOfEvent(tx: Tx, eventId: number, teamId: number) {
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { eventId: true } });
  if (team?.eventId !== eventId) throw fieldError("INVALID", "teamId", msg("admin.errors.teamNotOfEvent"));
}

async function assertNumberFree(tx: Tx, eventId: number, number: number | null, crewId?: number) {
  if (number === null) return;
  const taken = await tx.crew.findFirst({
    where: { eventId, number, ...(crewId ? { id: { not: crewId } } : {}) },
    select: { driver: true },
  });
  if (taken) throw fieldError("CONFLICT", "number", msg("admin.errors.numberOfDriver"), { number, driver: taken.driver });
}

export async function createCrew(db: Db, input: CrewFields & Actor & { eventId: number }) {
  const { actorId, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        await assertEventExists(tx, fields.eventId);
        await assertTeamOfEvent(tx, fields.eventId, fields.teamId);
        await assertNumberFree(tx, fields.eventId, fields.number);
        const crew = await tx.crew.create({ data: fields });
        await writeAudit(tx, { actorId, action: "create-crew", entityType: "crew", entityId: crew.id, after: fields });
        return crew;
      }),
    "number",
    NUMBER_TAKEN,
  );
}

/**
 * Edits a crew at the version the admin opened. A price change applies to roster saves from now
 * on: saved rosters keep their crews. The team feeds scoring (featured best, per-team limits), so
 * moving a crew once results are published rescores the event.
 */
export async function updateCrew(db: Db, input: CrewFields & Actor & { crewId: number; expectedVersion: number }) {
  const { actorId, crewId, expectedVersion, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        await lockVersionedRow(tx, "crew", crewId, expectedVersion);
        const crew = await tx.crew.findUniqueOrThrow({
          where: { id: crewId },
          include: { _count: { select: { results: true, finalResults: true, rosterVersionCrews: true } } },
        });
        const { eventId, _count: usage } = crew;
        const current = {
          teamId: crew.teamId,
          number: crew.number,
          driver: crew.driver,
          driverNationality: crew.driverNationality,
          coDriver: crew.coDriver,
          coDriverNationality: crew.coDriverNationality,
          vehicle: crew.vehicle,
          category: crew.category,
          price: crew.price,
          isSamplePrice: crew.isSamplePrice,
          source: crew.source,
        };
        const diff = diffFields(current, fields);
        if (diff.changed.length === 0) return { changed: false, priceChanged: false, rescored: false };

        if (diff.changed.includes("teamId")) await assertTeamOfEvent(tx, eventId, fields.teamId);
        if (diff.changed.includes("number")) await assertNumberFree(tx, eventId, fields.number, crewId);
        if (diff.changed.includes("category") && usage.results + usage.finalResults + usage.rosterVersionCrews > 0) {
          throw fieldError("CONFLICT", "category", msg("admin.errors.categoryLocked"));
        }
        if (diff.changed.includes("teamId")) await lockScoring(tx, eventId);
        const rescore = diff.changed.includes("teamId") && (await hasPublishedResults(tx, eventId));

        await tx.crew.update({ where: { id: crewId }, data: { ...fields, version: { increment: 1 } } });
        if (diff.changed.includes("teamId")) await rescoreAfterChange(tx, eventId, { isPublishedAffected: rescore });
        await writeAudit(tx, {
          actorId,
          action: "update-crew",
          entityType: "crew",
          entityId: crewId,
          before: diff.before,
          after: diff.after,
        });
        return { changed: true, priceChanged: diff.changed.includes("price"), rescored: rescore };
      }, SCORING_TRANSACTION_OPTIONS),
    "number",
    NUMBER_TAKEN,
  );
}
