import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { checkPasswordLimited } from "@/lib/server/auth/password-attempts";
import { describeWait } from "@/lib/server/auth/rate-limit";
import { handOverLeagues } from "@/lib/server/leagues/hand-over-leagues";

export async function changeDisplayName(db: Db, userId: string, displayName: string) {
  const taken = await db.user.findFirst({
    where: { displayName: { equals: displayName, mode: "insensitive" }, id: { not: userId } },
    select: { id: true },
  });
  if (taken)
    throw new AppError("CONFLICT", msg("account.action.chooseAnotherName"), { displayName: [msg("auth.action.displayNameTaken")] });
  await db.user.update({ where: { id: userId }, data: { displayName, name: displayName } });
}

/** Where a password check comes from, for the password limits. */
export type PasswordCheckContext = { ip: string };

async function checkCurrentPassword(db: Db, userId: string, currentPassword: string | undefined, context: PasswordCheckContext) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  // OAuth-only accounts have no password to confirm with.
  const { passwordHash } = user;
  if (!passwordHash) return;
  // The account's email is the same key as at sign-in: one allowance of failures per account.
  const outcome = await checkPasswordLimited({ account: user.email ?? `user:${userId}`, ip: context.ip }, () =>
    verifyPassword(passwordHash, currentPassword ?? ""),
  );
  if (outcome.status === "blocked") throw describeWait(outcome.retryAfterSeconds);
  if (outcome.status === "wrong")
    throw new AppError("INVALID", msg("account.action.wrongCurrentPassword"), { currentPassword: [msg("account.action.wrongPassword")] });
}

/** Sets a new password and ends every session, this one included (the action signs it in again). */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword?: string; newPassword: string },
  context: PasswordCheckContext,
) {
  await checkCurrentPassword(db, userId, input.currentPassword, context);
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  });
}

/**
 * Erases the person (email, names, password, linked logins) but keeps the user row, so scores,
 * standings and league history stay consistent and show as "deleted player".
 */
export async function deleteAccount(db: Db, userId: string, currentPassword: string | undefined, context: PasswordCheckContext) {
  await checkCurrentPassword(db, userId, currentPassword, context);
  await db.$transaction(async (tx) => {
    const leagues = await handOverLeagues(tx, userId);
    await tx.account.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    // Nothing may reach the person any more: devices and the calendar feed go with the account.
    await tx.pushSubscription.deleteMany({ where: { userId } });
    await tx.calendarFeed.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: null,
        name: null,
        displayName: null,
        image: null,
        emailVerified: null,
        passwordHash: null,
        role: "PLAYER",
        deletedAt: new Date(),
      },
    });
    await tx.auditLog.create({ data: { actorId: null, action: "delete-account", entityType: "user", entityId: userId, after: leagues } });
  });
}
