// Server actions read the session through @/auth; in tests the session is set directly and
// everything below it (the guards, the database) is real. Mocks load this module lazily.
export const fakeSession = {
  current: null as null | { user: { id: string; role: "PLAYER" | "ADMIN" } },
};

export function signInAs(user: { id: string; role: "PLAYER" | "ADMIN" } | null) {
  fakeSession.current = user ? { user: { id: user.id, role: user.role } } : null;
}
