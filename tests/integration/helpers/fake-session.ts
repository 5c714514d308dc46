// Server actions read the session through @/auth; in tests the session is set directly and
// everything below it (the guards, the database) is real. Mocks load this module lazily.
export const fakeSession = {
  current: null as null | { user: { id: string; role: "PLAYER" | "ADMIN"; sessionVersion: number } },
};

/** A session for `user` as issued now (at the account's current session version unless given). */
export function signInAs(user: { id: string; role: "PLAYER" | "ADMIN"; sessionVersion?: number } | null) {
  fakeSession.current = user ? { user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion ?? 0 } } : null;
}

/** signInAs at the account's session version now (an action such as "sign out everywhere" may have raised it). */
export async function signInAsCurrent(
  db: {
    user: { findUniqueOrThrow(args: { where: { id: string }; select: { sessionVersion: true } }): Promise<{ sessionVersion: number }> };
  },
  user: { id: string; role: "PLAYER" | "ADMIN" },
) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  signInAs({ ...user, sessionVersion });
}
