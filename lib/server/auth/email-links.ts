import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/server/db";
import { appUrl, env } from "@/lib/env";
import { hashPassword } from "./password";
import { applyAdminEmails } from "./apply-admin-emails";

type Purpose = "VERIFY_EMAIL" | "RESET_PASSWORD";

const LINK_LIFETIME_MS = 60 * 60 * 1000;
const PATHS: Record<Purpose, string> = { VERIFY_EMAIL: "/verify-email", RESET_PASSWORD: "/reset-password" };

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new single-use link for the user's current address, valid one hour. Only the token's hash is
 * stored, so the database alone opens nothing; the raw token exists only in the email.
 */
export async function createEmailLink(db: Db | Tx, input: { userId: string; email: string; purpose: Purpose }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.authToken.create({
    data: {
      userId: input.userId,
      email: input.email,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + LINK_LIFETIME_MS),
    },
  });
  return `${appUrl()}${PATHS[input.purpose]}?token=${encodeURIComponent(token)}`;
}

/** Uses up a link: the one statement that marks it used also checks it is unused and unexpired. */
async function consumeLink(tx: Tx, purpose: Purpose, token: string) {
  const rows = await tx.$queryRaw<{ user_id: string; email: string }[]>`
    UPDATE auth_token SET used_at = now()
    WHERE token_hash = ${hashToken(token)} AND purpose = ${purpose}::"AuthTokenPurpose" AND used_at IS NULL AND expires_at > now()
    RETURNING user_id, email`;
  const row = rows[0];
  if (!row) return null;
  // The others of the same kind go with it: one reset or verification ends every pending one.
  await tx.authToken.updateMany({ where: { userId: row.user_id, purpose, usedAt: null }, data: { usedAt: new Date() } });
  return { userId: row.user_id, email: row.email };
}

/** Whether a link would still work, without using it (the reset page shows its form only then). */
export async function isEmailLinkUsable(db: Db, purpose: Purpose, token: string): Promise<boolean> {
  const found = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  return Boolean(found && found.purpose === purpose && !found.usedAt && found.expiresAt > new Date());
}

/**
 * Confirms the address the link was sent to, if it is still the account's, and returns the account
 * (the link signs its reader in: only the address's owner can have it); null for a link that does
 * not work.
 */
export async function verifyEmailLink(
  db: Db,
  token: string,
): Promise<{ id: string; email: string; displayName: string | null; role: "PLAYER" | "ADMIN" } | null> {
  const userId = await db.$transaction(async (tx) => {
    const link = await consumeLink(tx, "VERIFY_EMAIL", token);
    if (!link) return null;
    const user = await tx.user.findUnique({ where: { id: link.userId }, select: { email: true, deletedAt: true, emailVerified: true } });
    if (!user || user.deletedAt || user.email !== link.email) return null;
    if (!user.emailVerified) await tx.user.update({ where: { id: link.userId }, data: { emailVerified: new Date() } });
    return link.userId;
  });
  if (!userId) return null;
  // A listed admin's address is proven now: the role applies at once (it is re-read on every request).
  const role = await applyAdminEmails(db, userId, env.ADMIN_EMAILS);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, displayName: true } });
  return { id: user.id, email: user.email!, displayName: user.displayName, role };
}

/**
 * Sets a new password through a reset link: the link is used up, every session ends (the session
 * version goes up), and the address counts as verified, since the person just read mail sent to it.
 * Returns the account's email for signing in, or null for a link that does not work.
 */
export async function resetPasswordWithLink(db: Db, token: string, newPassword: string): Promise<string | null> {
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const link = await consumeLink(tx, "RESET_PASSWORD", token);
    if (!link) return null;
    const user = await tx.user.findUnique({ where: { id: link.userId }, select: { email: true, deletedAt: true, emailVerified: true } });
    if (!user || user.deletedAt || user.email !== link.email) return null;
    await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerified: user.emailVerified ?? new Date() },
    });
    return user.email;
  });
}
