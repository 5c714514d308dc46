/** How a deleted account appears on boards and pages: its standings stay, its name and page do not. */
export const DELETED_PLAYER_NAME = "Deleted player";

/**
 * What a page shows instead of a name: a deleted account, and one without a display name yet (an
 * OAuth sign-up). Pages pass them in the reader's language; English for the API and tests.
 */
export type NameStandIns = { deleted: string; unnamed: string };

export const ENGLISH_STAND_INS: NameStandIns = { deleted: DELETED_PLAYER_NAME, unnamed: "Player" };

/** A player's name as shown, or the stand-in that says why there is none. */
export function shownPlayerName(user: { displayName: string | null; deletedAt: Date | null }, standIns: NameStandIns): string {
  if (user.deletedAt) return standIns.deleted;
  return user.displayName ?? standIns.unnamed;
}
