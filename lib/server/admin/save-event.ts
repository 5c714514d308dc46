import "server-only";
import { toIsoDate } from "@/lib/format/date-time";
import type { Db, Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateEventInput, UpdateEventInput } from "@/lib/validation/admin-events";
import { diffFields, writeAudit, type Actor } from "./audit";
import { hasPublishedResults } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";
import { msg } from "@/lib/i18n/translate";
import { fieldError, lockVersionedRow, withUniqueField } from "./row-guards";

const SLUG_TAKEN = msg("admin.errors.eventSlugTaken");

const toDbDate = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

async function assertSeason(tx: Tx, seasonId: number) {
  if (!(await tx.season.findUnique({ where: { id: seasonId }, select: { id: true } }))) {
    throw fieldError("INVALID", "seasonId", msg("admin.errors.seasonGone"));
  }
}

async function assertSlugFree(tx: Tx, slug: string, eventId?: number) {
  const taken = await tx.event.findFirst({ where: { slug, ...(eventId ? { id: { not: eventId } } : {}) }, select: { id: true } });
  if (taken) throw fieldError("CONFLICT", "slug", SLUG_TAKEN);
}

/** Creates an event (and, if named, its featured team); returns its slug for the redirect. */
export async function createEvent(db: Db, input: CreateEventInput & Actor) {
  const { actorId, featuredTeamName, startDate, endDate, rules, ...fields } = input;
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        await assertSeason(tx, fields.seasonId);
        await assertSlugFree(tx, fields.slug);
        const event = await tx.event.create({
          data: { ...fields, startDate: toDbDate(startDate), endDate: toDbDate(endDate), rules: rules as Prisma.InputJsonObject },
        });
        let featuredTeamId: number | null = null;
        if (featuredTeamName) {
          const team = await tx.team.create({ data: { eventId: event.id, name: featuredTeamName } });
          await tx.event.update({ where: { id: event.id }, data: { featuredTeamId: team.id } });
          featuredTeamId = team.id;
          await writeAudit(tx, {
            actorId,
            action: "create-team",
            entityType: "team",
            entityId: team.id,
            after: { eventId: event.id, name: team.name },
          });
        }
        await writeAudit(tx, {
          actorId,
          action: "create-event",
          entityType: "event",
          entityId: event.id,
          after: { ...fields, startDate, endDate, rules, featuredTeamId },
        });
        return { id: event.id, slug: event.slug };
      }),
    "slug",
    SLUG_TAKEN,
  );
}

/**
 * Edits an event at the version the admin opened. Rules and the featured team feed scoring, so
 * changing them once results are published rescores the event in the same transaction.
 */
export async function updateEvent(db: Db, input: UpdateEventInput & Actor) {
  const { actorId, eventId, expectedVersion, startDate, endDate, ...rest } = input;
  const next = { ...rest, startDate, endDate };
  return withUniqueField(
    () =>
      db.$transaction(async (tx) => {
        await lockVersionedRow(tx, "event", eventId, expectedVersion);
        const event = await tx.event.findUniqueOrThrow({
          where: { id: eventId },
          include: { teams: { select: { id: true } }, _count: { select: { rosters: true } } },
        });
        const current = {
          seasonId: event.seasonId,
          slug: event.slug,
          name: event.name,
          country: event.country,
          timeZone: event.timeZone,
          startDate: toIsoDate(event.startDate),
          endDate: toIsoDate(event.endDate),
          status: event.status,
          isSample: event.isSample,
          description: event.description,
          rules: event.rules,
          featuredTeamId: event.featuredTeamId,
        };
        const diff = diffFields(current, next);
        if (diff.changed.length === 0) return { slug: event.slug, previousSlug: event.slug, changed: false, rescored: false };

        if (diff.changed.includes("seasonId")) await assertSeason(tx, next.seasonId);
        if (diff.changed.includes("slug")) await assertSlugFree(tx, next.slug, eventId);
        if (next.featuredTeamId !== null && !event.teams.some((team) => team.id === next.featuredTeamId)) {
          throw fieldError("INVALID", "featuredTeamId", msg("admin.errors.featuredNotOfEvent"));
        }
        if (next.status === "DRAFT" && event.status !== "DRAFT" && event._count.rosters > 0) {
          throw fieldError("CONFLICT", "status", msg("admin.errors.backToDraft"), { count: event._count.rosters });
        }
        const affectsScores = diff.changed.includes("rules") || diff.changed.includes("featuredTeamId");
        if (affectsScores) await lockScoring(tx, eventId);
        const rescore = affectsScores && (await hasPublishedResults(tx, eventId));

        await tx.event.update({
          where: { id: eventId },
          data: {
            ...rest,
            rules: rest.rules as Prisma.InputJsonObject,
            startDate: toDbDate(startDate),
            endDate: toDbDate(endDate),
            version: { increment: 1 },
          },
        });
        if (affectsScores) await rescoreAfterChange(tx, eventId, { isPublishedAffected: rescore });
        await writeAudit(tx, {
          actorId,
          action: "update-event",
          entityType: "event",
          entityId: eventId,
          before: diff.before,
          after: diff.after,
        });
        return { slug: next.slug, previousSlug: event.slug, changed: true, rescored: rescore };
      }, SCORING_TRANSACTION_OPTIONS),
    "slug",
    SLUG_TAKEN,
  );
}
