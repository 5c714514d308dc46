import { z } from "zod";

export const eventSlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and dashes");

export const idParamSchema = z.coerce.number().int().positive().max(2_147_483_647);
