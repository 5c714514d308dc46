/** How a deleted account appears on boards and pages: its standings stay, its name and page do not. */
export const DELETED_PLAYER_NAME = "Deleted player";
