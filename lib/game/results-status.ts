// When results count. An admin's DRAFT is neither scored nor shown to anyone; PROVISIONAL and
// OFFICIAL results are both published: scored, on the boards and public. Only this file says so.

export type ResultsStatus = "DRAFT" | "PROVISIONAL" | "OFFICIAL";

export const PUBLISHED_STATUSES = ["PROVISIONAL", "OFFICIAL"] as const;
export type PublishedStatus = (typeof PUBLISHED_STATUSES)[number];

export function isPublished(status: ResultsStatus | null): status is PublishedStatus {
  return status !== null && (PUBLISHED_STATUSES as readonly string[]).includes(status);
}

/** The status as the public sees it: a draft (or nothing entered) reads as null. */
export function publishedStatus(status: ResultsStatus | null): PublishedStatus | null {
  return isPublished(status) ? status : null;
}
