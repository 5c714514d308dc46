import { z } from "zod";
import { eventSlugSchema, MAX_ID } from "./params";

// Path and query parameters of the read-only JSON API (app/api/v1). Every message names what the
// value must be; the route answers 400 with the parameter's name as the key of `fields`.

const stageNumberSchema = z.coerce
  .number({ error: "must be a stage number" })
  .int("must be a whole number")
  .min(0, "must be 0 (the prologue) or more")
  .max(100, "must be 100 or less");

const pageSchema = z.coerce
  .number({ error: "must be a page number" })
  .int("must be a whole number")
  .min(1, "must be 1 or more")
  .max(100_000, "must be 100000 or less");

export const eventParamsSchema = z.object({ slug: eventSlugSchema });
export const stageParamsSchema = z.object({ slug: eventSlugSchema, number: stageNumberSchema });
export const leagueParamsSchema = z.object({
  id: z.coerce
    .number({ error: "must be a league id (a whole number)" })
    .int("must be a whole number")
    .positive("must be 1 or more")
    .max(MAX_ID, "is too large"),
});

/** `?page=N`, 1 when absent; an empty `?page=` is refused like any other bad value. */
export const pageQuerySchema = z.object({ page: pageSchema.default(1) });

/** `?stage=N` picks a stage board; absent means the overall board. */
export const csvQuerySchema = z.object({ stage: stageNumberSchema.optional() });

/** The query string as a plain object: the first value of each name. */
export function queryOf(request: Request): Record<string, string> {
  const params = new URL(request.url).searchParams;
  return Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.get(name) ?? ""]));
}
