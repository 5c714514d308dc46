import Link from "next/link";
import { getCurrentUser } from "@/lib/server/auth/session";
import { signOutAction } from "@/lib/server/actions/auth";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-sand-200 bg-night-900 text-sand-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          <span aria-hidden="true">◭ </span>Dune Draft
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href="/#events" className="hover:underline">Events</Link>
            </li>
            {user ? (
              <>
                <li>
                  <Link href="/play" className="hover:underline">Play</Link>
                </li>
                <li>
                  <Link href="/leagues" className="hover:underline">Leagues</Link>
                </li>
                {user.role === "ADMIN" ? (
                  <li>
                    <Link href="/admin" className="hover:underline">Admin</Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/account" className="hover:underline">
                    <span className="sr-only">Account of </span>
                    {user.displayName ?? "Account"}
                  </Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="hover:underline">Sign out</button>
                  </form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href="/sign-in" className="hover:underline">Sign in</Link>
                </li>
                <li>
                  <Link href="/sign-up" className="rounded bg-dune-600 px-3 py-1.5 font-semibold hover:bg-dune-500">
                    Play free
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
