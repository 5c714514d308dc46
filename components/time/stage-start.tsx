import { getLocale, getTranslations } from "next-intl/server";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { ViewerTime } from "./viewer-time";

/** A stage start in the viewer's zone and, beside it, the event's local time. */
export async function StageStart({ startsAt, eventTimeZone }: { startsAt: Date; eventTimeZone: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("time")]);
  return (
    <span className="flex flex-col">
      <ViewerTime iso={startsAt.toISOString()} />
      <span className="text-sm text-stone-600">
        {t("eventLocal", {
          time: formatInTimeZone(startsAt, eventTimeZone, {}, locale),
          zone: timeZoneLabel(startsAt, eventTimeZone, locale),
        })}
      </span>
    </span>
  );
}
