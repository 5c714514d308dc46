import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = {
  /** The event page this page belongs to, and the section of it to return to. */
  event?: { slug: string; name: string; section?: "stages" | "crews" };
  /** Where the admin is now (plain text, not a link). */
  current: ReactNode;
};

/** "Events / <event> / <page>": the admin pages' way back, always starting at the events list. */
export async function AdminBreadcrumb({ event, current }: Props) {
  const t = await getTranslations("admin.crumbs");
  return (
    <nav aria-label={t("label")}>
      <p className="text-sm text-stone-600">
        <Link href="/admin/events" className="hover:underline">
          {t("events")}
        </Link>{" "}
        /{" "}
        {event ? (
          <>
            <Link href={`/admin/events/${event.slug}${event.section ? `#${event.section}` : ""}`} className="hover:underline">
              {event.name}
            </Link>{" "}
            /{" "}
          </>
        ) : null}
        {current}
      </p>
    </nav>
  );
}
