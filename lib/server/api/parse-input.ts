import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/server/errors";

/**
 * Parses path or query parameters; a bad value is the client's mistake (400), and the message
 * and `fields` name each parameter with what it must be.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path.map(String).join(".") || "request";
    (fields[name] ??= []).push(issue.message);
  }
  const message = Object.entries(fields)
    .map(([name, messages]) => `parameter "${name}" ${messages.join(", ")}`)
    .join("; ");
  throw new AppError("BAD_REQUEST", `Invalid request: ${message}.`, fields);
}
