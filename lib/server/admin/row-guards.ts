import "server-only";
import type { Tx } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, conflictError } from "@/lib/server/errors";
import { msg, type MessageValues } from "@/lib/i18n/translate";

type VersionedTable = "event" | "stage" | "crew";

/**
 * Locks the row until the transaction ends (results publishing waits for us, and we for it) and
 * checks it is still the version the admin's form was built from. FOR NO KEY UPDATE, as results
 * code does: inserts that reference the row (podium calls, scores) are not blocked by it.
 */
export async function lockVersionedRow(tx: Tx, table: VersionedTable, id: number, expectedVersion: number): Promise<void> {
  const rows = await tx.$queryRaw<{ version: number }[]>(
    Prisma.sql`SELECT version FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id} FOR NO KEY UPDATE`,
  );
  const row = rows[0];
  if (!row) throw goneError(table);
  if (row.version !== expectedVersion) throw conflictError(table);
}

/** Runs `write`; a unique violation that slipped past the pre-checks (a race) becomes a field error. */
export async function withUniqueField<T>(write: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", message, { [field]: [message] });
    }
    throw error;
  }
}

/** A refusal tied to one form field: the message (a key, with its values) shows next to the field and in the form status. */
export function fieldError(code: "INVALID" | "CONFLICT", field: string, message: string, values?: MessageValues): AppError {
  return new AppError(code, message, { [field]: [message] }, values);
}

/** "That event no longer exists.": the row an admin's form was built from was deleted meanwhile. */
export function goneError(thing: VersionedTable | "team" | "season"): AppError {
  return new AppError("NOT_FOUND", msg("admin.errors.gone"), undefined, { thing });
}

/** The event a new team, crew or stage goes into, checked inside the writing transaction. */
export async function assertEventExists(tx: Tx, eventId: number): Promise<void> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true } });
  if (!event) throw goneError("event");
}
