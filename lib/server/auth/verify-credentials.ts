import "server-only";
import type { Db } from "@/lib/server/db";
import { hashPassword, verifyPassword } from "./password";

// Checked against when the email is unknown, so both answers take the same time (no enumeration).
const decoyHash = hashPassword("dune-draft-decoy-password");

/** The user for an email and password, or null; deleted and password-less accounts never match. */
export async function verifyCredentials(db: Db, email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, displayName: true, passwordHash: true, role: true, deletedAt: true },
  });
  if (!user?.passwordHash || user.deletedAt) {
    await verifyPassword(await decoyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.displayName, role: user.role };
}
