import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/auth/password";
import type { SignUpInput } from "@/lib/validation/auth";

async function findTakenFields(db: Db, input: SignUpInput): Promise<Record<string, string[]>> {
  const [byEmail, byName] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.user.findFirst({ where: { displayName: { equals: input.displayName, mode: "insensitive" } }, select: { id: true } }),
  ]);
  const taken: Record<string, string[]> = {};
  // Sign-up has to say an email is taken; the per-IP sign-up limit keeps that from being a lookup service.
  if (byEmail) taken.email = ["An account with this email exists: sign in instead"];
  if (byName) taken.displayName = ["That display name is taken"];
  return taken;
}

/** A new player account with an argon2id password hash. */
export async function createUser(db: Db, input: SignUpInput) {
  const taken = await findTakenFields(db, input);
  if (Object.keys(taken).length > 0) throw new AppError("CONFLICT", "Choose another email or display name.", taken);
  try {
    return await db.user.create({
      data: { email: input.email, displayName: input.displayName, name: input.displayName, passwordHash: await hashPassword(input.password) },
      select: { id: true, email: true, displayName: true, role: true },
    });
  } catch (error) {
    // Two sign-ups racing for the same email or name: the database's unique index decides.
    const recheck = await findTakenFields(db, input);
    if (Object.keys(recheck).length > 0) throw new AppError("CONFLICT", "Choose another email or display name.", recheck);
    throw error;
  }
}
