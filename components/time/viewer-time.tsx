"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { useViewerTimeZone } from "./use-now";

/** An instant in the viewer's own time zone (UTC until the browser tells us its zone), in their language. */
export function ViewerTime({ iso }: { iso: string }) {
  const t = useTranslations("time");
  const locale = useLocale();
  const timeZone = useViewerTimeZone() ?? "UTC";
  const date = new Date(iso);
  return (
    <time dateTime={iso}>
      {formatInTimeZone(date, timeZone, {}, locale)}{" "}
      <span className="text-stone-600">{t("yourTime", { zone: timeZoneLabel(date, timeZone, locale) })}</span>
    </time>
  );
}
