import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/auth/password";
import { queueNotification } from "@/lib/server/notifications/queue";
import type { SignUpInput } from "@/lib/validation/auth";
import type { AppLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/translate";
import { createUser } from "./create-user";

/**
 * Sign-up that never tells whether an address has an account: a new address gets an account and a
 * link to confirm it; an address that has one gets an email saying so (sign in, or reset the
 * password). The caller answers "check your inbox" either way, and signs nobody in: the link does.
 * Display names are public on the boards, so a taken one is said at once.
 */
export async function signUp(db: Db, input: SignUpInput & { locale?: AppLocale }): Promise<void> {
  const nameTaken = await db.user.findFirst({
    where: { displayName: { equals: input.displayName, mode: "insensitive" } },
    select: { id: true },
  });
  if (nameTaken) throw new AppError("CONFLICT", msg("auth.action.chooseAnother"), { displayName: [msg("auth.action.displayNameTaken")] });
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!existing) {
    try {
      await createUser(db, input);
      return;
    } catch (error) {
      // Only a race for the same address continues below; a race for the name is said as usual.
      if (!(error instanceof AppError && error.fieldErrors?.email && !error.fieldErrors.displayName)) throw error;
    }
  } else {
    // The same work as creating an account, so the answer takes as long either way.
    await hashPassword(input.password);
  }
  const owner = existing ?? (await db.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true } }));
  await db.$transaction((tx) =>
    queueNotification(tx, {
      userId: owner.id,
      kind: "ACCOUNT_EXISTS",
      dedupeKey: `sign-up:${Date.now()}:${randomBytes(4).toString("hex")}`,
    }),
  );
}
