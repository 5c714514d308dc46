import "server-only";
import type { Db } from "@/lib/server/db";
import { isLocale, type AppLocale } from "@/lib/i18n/locales";

export async function saveUserLocale(db: Db, userId: string, locale: AppLocale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

/** The language an account saved, to restore on the device it signs in on. */
export async function readUserLocaleByEmail(db: Db, email: string): Promise<AppLocale | null> {
  const user = await db.user.findUnique({ where: { email }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : null;
}
