import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";

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

/** The one error type domain code throws; its message is safe to show to the user. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Optimistic concurrency: the row's version differs from the one the admin's form was built from. */
export function conflictError(thing: string): AppError {
  return new AppError("CONFLICT", `This ${thing} was changed by someone else since you opened it. Reload to see their changes.`);
}

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult =
  | { ok: true; message?: string }
  | { ok: false; message: string; code?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

/** What the user typed (never passwords), so a refused form comes back filled in. */
export function echoFields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "").slice(0, 500)]));
}

const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (starting up|shutting down|in recovery mode)|is not currently accepting connections|Can't reach database server/i;

/**
 * The database is down, restarting or out of connections: the request could not run, and since
 * every write is one transaction, nothing of it was stored. Worth a clear "try again", not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (UNAVAILABLE_PRISMA_CODES.has(error.code)) return true;
    const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string; originalCode?: string } } | undefined)?.cause;
    // SQLSTATE class 08 (connection exception) and 57P (the server shutting down or starting up).
    if (cause?.kind && UNAVAILABLE_KINDS.has(cause.kind)) return true;
    if (cause?.originalCode && /^(08|57P)/.test(cause.originalCode)) return true;
  }
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (UNAVAILABLE_MESSAGE.test(current.message)) return true;
  }
  return false;
}

type Mapped = { status: number; code: string; message: string; fieldErrors?: FieldErrors };

/** AppError, ZodError (422), unique violations (409) and missing rows (404) become answers; the rest is logged. */
export function mapError(error: unknown): Mapped {
  if (error instanceof AppError) {
    return { status: STATUS[error.code], code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof z.ZodError) {
    return { status: 422, code: "INVALID", message: "Check the highlighted fields.", fieldErrors: z.flattenError(error).fieldErrors };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return { status: 409, code: "CONFLICT", message: "That already exists." };
    if (error.code === "P2025") return { status: 404, code: "NOT_FOUND", message: "That no longer exists." };
  }
  if (isDatabaseUnavailable(error)) {
    console.error("database unavailable:", error instanceof Error ? error.message : error);
    return {
      status: 503,
      code: "UNAVAILABLE",
      message:
        "The game's database is unavailable for a moment (it may be restarting). Nothing was saved: please try again in a few seconds.",
    };
  }
  console.error(error);
  return { status: 500, code: "INTERNAL", message: "Something went wrong on our side. Nothing was saved; please try again." };
}

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export function toActionResult(error: unknown): ActionFailure {
  const { code, message, fieldErrors } = mapError(error);
  return { ok: false, code, message, fieldErrors };
}

/** The JSON API's error body: `{ error: { code, message, fields? } }`, `fields` keyed by parameter. */
export function toErrorResponse(error: unknown, headers?: HeadersInit): Response {
  const { status, code, message, fieldErrors } = mapError(error);
  return Response.json({ error: { code, message, fields: fieldErrors } }, { status, headers });
}
