import "server-only";
import { createHash } from "node:crypto";
import { AppError, toErrorResponse } from "@/lib/server/errors";

/**
 * public: anyone may cache, but must revalidate every time (results corrections and rescoring
 * must show at once); the ETag turns an unchanged revalidation into a bodiless 304.
 * private: a member's league board, never stored by shared caches, revalidated on every use.
 */
export const CACHE_CONTROL = {
  public: "public, max-age=0, must-revalidate",
  private: "private, no-cache",
} as const;
export type CachePolicy = keyof typeof CACHE_CONTROL;

// Error answers must not be kept: a 404 becomes a 200 the moment an admin publishes the event.
const ERROR_HEADERS = { "Cache-Control": "no-store" };

/** A strong validator: the body's SHA-256, so equal bytes always carry the same tag. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored. */
function matchesIfNoneMatch(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

function headersFor(cache: CachePolicy, etag: string, extra: Record<string, string>): Headers {
  const headers = new Headers({ ETag: etag, "Cache-Control": CACHE_CONTROL[cache], ...extra });
  // The private board depends on the session cookie.
  if (cache === "private") headers.set("Vary", "Cookie");
  return headers;
}

/** 200 with the body, or 304 when the client already holds these exact bytes. */
export function respondWithEtag(request: Request, body: string, cache: CachePolicy, extra: Record<string, string>): Response {
  const etag = etagOf(body);
  const headers = headersFor(cache, etag, extra);
  if (matchesIfNoneMatch(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

export function jsonResponse(request: Request, data: unknown, cache: CachePolicy): Response {
  return respondWithEtag(request, JSON.stringify(data), cache, { "Content-Type": "application/json; charset=utf-8" });
}

export function csvResponse(request: Request, csv: string, filename: string, cache: CachePolicy): Response {
  return respondWithEtag(request, csv, cache, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
  });
}

/** Runs a handler body; AppErrors become their JSON answers, anything else a logged generic 500. */
export async function serveApi(load: () => Promise<Response>): Promise<Response> {
  try {
    return await load();
  } catch (error) {
    return toErrorResponse(error, ERROR_HEADERS);
  }
}

export function notFoundError(message: string): AppError {
  return new AppError("NOT_FOUND", message);
}

export const eventNotFound = (slug: string) => notFoundError(`There is no published event "${slug}".`);
