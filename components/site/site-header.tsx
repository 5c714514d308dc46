import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/session";
import { signOutAction } from "@/lib/server/actions/auth";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { LanguageSwitcher } from "./language-switcher";

type HeaderViewer = { user: CurrentUser | null; isDatabaseDown: boolean };

/**
 * The root layout renders the header on every page, so a failed read here would take the whole
 * document down with it: while the database is unreachable the header looks signed out and says why.
 */
async function readViewer(): Promise<HeaderViewer> {
  try {
    return { user: await getCurrentUser(), isDatabaseDown: false };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("database unavailable while reading the header's user:", error instanceof Error ? error.message : error);
    return { user: null, isDatabaseDown: true };
  }
}

export async function SiteHeader() {
  const [{ user, isDatabaseDown }, t, tCommon] = await Promise.all([readViewer(), getTranslations("header"), getTranslations("common")]);
  return (
    <header className="border-b border-sand-200 bg-night-900 text-sand-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          <span aria-hidden="true">◭ </span>
          {tCommon("brand")}
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href="/#events" className="hover:underline">
                {t("nav.events")}
              </Link>
            </li>
            {user ? (
              <>
                <li>
                  <Link href="/play" className="hover:underline">
                    {t("nav.play")}
                  </Link>
                </li>
                <li>
                  <Link href="/leagues" className="hover:underline">
                    {t("nav.leagues")}
                  </Link>
                </li>
                {user.role === "ADMIN" ? (
                  <li>
                    <Link href="/admin" className="hover:underline">
                      {t("nav.admin")}
                    </Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/account" className="hover:underline">
                    {t.rich("nav.account", {
                      name: user.displayName ?? t("nav.accountFallback"),
                      hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
                  </Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="hover:underline">
                      {t("nav.signOut")}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href="/sign-in" className="hover:underline">
                    {t("nav.signIn")}
                  </Link>
                </li>
                <li>
                  <Link href="/sign-up" className="rounded bg-dune-600 px-3 py-1.5 font-semibold hover:bg-dune-500">
                    {t("nav.playFree")}
                  </Link>
                </li>
              </>
            )}
            <li>
              <LanguageSwitcher />
            </li>
          </ul>
        </nav>
      </div>
      {isDatabaseDown ? (
        <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm text-night-900">
          {t("databaseDown")}
        </p>
      ) : null}
    </header>
  );
}
