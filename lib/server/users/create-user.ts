import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/auth/password";
import { queueNotification } from "@/lib/server/notifications/queue";
import type { SignUpInput } from "@/lib/validation/auth";
import type { AppLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/translate";

async function findTakenFields(db: Db, input: SignUpInput): Promise<Record<string, string[]>> {
  const [byEmail, byName] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.user.findFirst({ where: { displayName: { equals: input.displayName, mode: "insensitive" } }, select: { id: true } }),
  ]);
  const taken: Record<string, string[]> = {};
  // Sign-up has to say an email is taken; the per-IP sign-up limit keeps that from being a lookup service.
  if (byEmail) taken.email = [msg("auth.action.emailTaken")];
  if (byName) taken.displayName = [msg("auth.action.displayNameTaken")];
  return taken;
}

/** A new player account with an argon2id password hash, and its verification email queued; `locale`: the language it signed up in. */
export async function createUser(db: Db, input: SignUpInput & { locale?: AppLocale }) {
  const taken = await findTakenFields(db, input);
  if (Object.keys(taken).length > 0) throw new AppError("CONFLICT", msg("auth.action.chooseAnother"), taken);
  const passwordHash = await hashPassword(input.password);
  try {
    // The verification email is queued with the account: both are written, or neither.
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, displayName: input.displayName, name: input.displayName, passwordHash, locale: input.locale },
        select: { id: true, email: true, displayName: true, role: true },
      });
      await queueNotification(tx, { userId: user.id, kind: "VERIFY_EMAIL", dedupeKey: "sign-up" });
      return user;
    });
  } catch (error) {
    // Two sign-ups racing for the same email or name: the database's unique index decides.
    const recheck = await findTakenFields(db, input);
    if (Object.keys(recheck).length > 0) throw new AppError("CONFLICT", msg("auth.action.chooseAnother"), recheck);
    throw error;
  }
}
