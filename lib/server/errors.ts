import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { msg, translateEnglish, translateFieldErrors, type MessageValues, type Translate } from "@/lib/i18n/translate";
import { isDatabaseUnavailable } from "./database-unavailable";

export { isDatabaseUnavailable };

export type AppErrorCode =
  "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "LOCKED" | "RATE_LIMITED" | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  LOCKED: 423,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/**
 * The one error type domain code throws; its message is safe to show to the user. The message (and
 * each field error) is a message key written with msg() (with `values` for its placeholders),
 * turned into the reader's language where it is answered; English text still passes through as it is.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly values?: MessageValues,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Optimistic concurrency: the row's version differs from the one the admin's form was built from. */
export function conflictError(thing: "event" | "stage" | "crew"): AppError {
  return new AppError("CONFLICT", msg("admin.errors.changed"), undefined, { thing });
}

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult =
  | { ok: true; message?: string }
  | { ok: false; message: string; code?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

/** What the user typed (never passwords), so a refused form comes back filled in. */
export function echoFields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "").slice(0, 500)]));
}

type Mapped = { status: number; code: string; message: string; values?: MessageValues; fieldErrors?: FieldErrors };

/** AppError, ZodError (422), unique violations (409) and missing rows (404) become answers; the rest is logged. */
export function mapError(error: unknown, translate: Translate = translateEnglish): Mapped {
  if (error instanceof AppError) {
    const fieldErrors = error.fieldErrors
      ? Object.fromEntries(
          Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.map((m) => translate(m, error.values))]),
        )
      : undefined;
    return { status: STATUS[error.code], code: error.code, message: translate(error.message, error.values), fieldErrors };
  }
  if (error instanceof z.ZodError) {
    return {
      status: 422,
      code: "INVALID",
      message: translate(msg("errors.action.invalid")),
      fieldErrors: translateFieldErrors(error, translate),
    };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return { status: 409, code: "CONFLICT", message: translate(msg("errors.action.conflict")) };
    if (error.code === "P2025") return { status: 404, code: "NOT_FOUND", message: translate(msg("errors.action.gone")) };
  }
  if (isDatabaseUnavailable(error)) {
    console.error("database unavailable:", error instanceof Error ? error.message : error);
    return { status: 503, code: "UNAVAILABLE", message: translate(msg("errors.action.unavailable")) };
  }
  console.error(error);
  return { status: 500, code: "INTERNAL", message: translate(msg("errors.action.internal")) };
}

export type ActionFailure = Extract<ActionResult, { ok: false }>;

/** A form's answer, in the language of the request (the API's stays English: toErrorResponse). */
export async function toActionResult(error: unknown): Promise<ActionFailure> {
  // Loaded here, not at the top: scripts load this module too, and they have no request or session.
  const { getRequestTranslate } = await import("@/lib/server/i18n/request-locale");
  const { code, message, fieldErrors } = mapError(error, await getRequestTranslate());
  return { ok: false, code, message, fieldErrors };
}

/** The JSON API's error body: `{ error: { code, message, fields? } }`, `fields` keyed by parameter. */
export function toErrorResponse(error: unknown, headers?: HeadersInit): Response {
  const { status, code, message, fieldErrors } = mapError(error);
  return Response.json({ error: { code, message, fields: fieldErrors } }, { status, headers });
}
