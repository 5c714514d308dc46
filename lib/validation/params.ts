import { z } from "zod";

export const eventSlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and dashes");

/** PostgreSQL's int, the type of every id column: a larger number names no row and would fail the query. */
export const MAX_ID = 2_147_483_647;

/** A row id from a form field, a URL segment or a JSON body; `message`, when given, is every refusal's wording. */
export function idSchema(message?: string) {
  const error = message === undefined ? undefined : { error: message };
  return z.coerce.number(error).int(error).positive(error).max(MAX_ID, error);
}

export const idParamSchema = idSchema();
