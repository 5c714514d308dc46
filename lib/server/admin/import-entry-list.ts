import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { wordCsvMessage } from "@/lib/i18n/csv-messages";
import { ENGLISH_WORDING, type Wording } from "./wording";
import { goneError } from "./row-guards";
import { parseEntryListCsv, type EntryListRow } from "@/lib/game/entry-list-csv";
import { diffFields, writeAudit, type Actor } from "./audit";
import { hasPublishedResults } from "./published-results";
import { lockScoring, rescoreAfterChange, SCORING_TRANSACTION_OPTIONS } from "./rescore";

export type ImportEntryListInput = Actor & { eventId: number; csv: string };
export type ImportEntryListResult = { created: number; updated: number; unchanged: number; teamsCreated: string[]; rescored: boolean };

/** The refusal of a list with bad lines: every problem, under the field the page shows them by. */
function refuseProblems(messages: string[]): never {
  throw new AppError("INVALID", msg("admin.errors.entryListRefused"), { csv: messages }, { count: messages.length });
}

/** The event's teams by name, creating the ones the list names for the first time. */
async function ensureTeams(tx: Tx, eventId: number, actorId: string | null, rows: readonly EntryListRow[]) {
  // Matched whatever the case: "DEFENDER RALLY" in a list is the event's Defender Rally.
  const existing = await tx.team.findMany({ where: { eventId }, select: { id: true, name: true } });
  const teams = new Map(existing.map((team) => [team.name.toLowerCase(), team.id]));
  const created: string[] = [];
  for (const { team: name } of rows) {
    if (teams.has(name.toLowerCase())) continue;
    const team = await tx.team.create({ data: { eventId, name } });
    await writeAudit(tx, {
      actorId,
      action: "create-team",
      entityType: "team",
      entityId: team.id,
      after: { eventId, name, source: "entry list" },
    });
    teams.set(name.toLowerCase(), team.id);
    created.push(name);
  }
  return { teams, created };
}

/**
 * Imports a Stock entry list into an event in one transaction: crews are matched by race number
 * (an existing one is updated, never duplicated), teams by name (created when new). Imported prices
 * stay marked as samples until an admin confirms them. A crew moving team changes scoring (per-team
 * limits, the featured team's best), so the event is rescored when results are already published.
 */
export async function importEntryList(
  db: Db,
  input: ImportEntryListInput,
  { t }: Wording = ENGLISH_WORDING,
): Promise<ImportEntryListResult> {
  const parsed = parseEntryListCsv(input.csv);
  // The lines' problems are worded here, in the admin's language: the action shows them as they are.
  if (!parsed.ok) refuseProblems(parsed.problems.map((problem) => wordCsvMessage(problem.message, t)));
  const { actorId, eventId } = input;
  return db.$transaction(async (tx) => {
    // Serialises imports and other edits of the event's field.
    const [event] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM event WHERE id = ${eventId} FOR NO KEY UPDATE`;
    if (!event) throw goneError("event");
    const { teams, created: teamsCreated } = await ensureTeams(tx, eventId, actorId, parsed.rows);
    const existing = new Map(
      (await tx.crew.findMany({ where: { eventId, number: { in: parsed.rows.map((row) => row.number) } } })).map((crew) => [
        crew.number,
        crew,
      ]),
    );

    let created = 0;
    let unchanged = 0;
    const changes: { number: number; before: Record<string, unknown>; after: Record<string, unknown> }[] = [];
    let isTeamMoved = false;
    for (const row of parsed.rows) {
      const fields = {
        teamId: teams.get(row.team.toLowerCase())!,
        driver: row.driver,
        coDriver: row.coDriver,
        driverNationality: row.driverNationality,
        coDriverNationality: row.coDriverNationality,
        vehicle: row.vehicle,
        price: row.price,
      };
      const crew = existing.get(row.number);
      if (!crew) {
        await tx.crew.create({
          data: { ...fields, eventId, number: row.number, category: "STOCK", isSamplePrice: true, source: "entry list" },
        });
        created++;
        continue;
      }
      // A price that comes from a list is a sample again, whatever it was before.
      const diff = diffFields(crew, { ...fields, isSamplePrice: row.price === crew.price ? crew.isSamplePrice : true });
      if (diff.changed.length === 0) {
        unchanged++;
        continue;
      }
      if (diff.changed.includes("teamId")) isTeamMoved = true;
      await tx.crew.update({ where: { id: crew.id }, data: { ...diff.after, version: { increment: 1 } } });
      changes.push({ number: row.number, before: diff.before, after: diff.after });
    }

    let rescored = false;
    if (isTeamMoved) {
      await lockScoring(tx, eventId);
      rescored = await hasPublishedResults(tx, eventId);
      await rescoreAfterChange(tx, eventId, { isPublishedAffected: rescored });
    }
    await writeAudit(tx, {
      actorId,
      action: "import-entry-list",
      entityType: "event",
      entityId: eventId,
      after: {
        rows: parsed.rows.length,
        created: parsed.rows.filter((row) => !existing.has(row.number)).map((row) => row.number),
        updated: changes,
        unchanged,
        teamsCreated,
      },
    });
    return { created, updated: changes.length, unchanged, teamsCreated, rescored };
  }, SCORING_TRANSACTION_OPTIONS);
}

/** Marks every sample price of the event as confirmed: players then see them as real prices. */
export async function confirmPrices(db: Db, input: Actor & { eventId: number }): Promise<{ confirmed: number }> {
  return db.$transaction(async (tx) => {
    const [event] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM event WHERE id = ${input.eventId} FOR NO KEY UPDATE`;
    if (!event) throw goneError("event");
    const crews = await tx.crew.findMany({
      where: { eventId: input.eventId, isSamplePrice: true },
      select: { id: true, number: true, driver: true, price: true },
      orderBy: [{ number: "asc" }, { id: "asc" }],
    });
    if (crews.length === 0) return { confirmed: 0 };
    await tx.crew.updateMany({
      where: { id: { in: crews.map((crew) => crew.id) } },
      data: { isSamplePrice: false, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "confirm-prices",
      entityType: "event",
      entityId: input.eventId,
      before: { isSamplePrice: true },
      after: { isSamplePrice: false, crews: crews.map(({ number, driver, price }) => ({ number, driver, price })) },
    });
    return { confirmed: crews.length };
  });
}
