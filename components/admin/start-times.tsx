import { useLocale, useTranslations } from "next-intl";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";

/** A stage start in the event's local time with UTC beside it: what admins type and what is stored. */
export function StartTimes({ startsAt, timeZone }: { startsAt: Date; timeZone: string }) {
  const [t, locale] = [useTranslations("admin.startTimes"), useLocale()];
  return (
    <span className="flex flex-col">
      <span>{t("local", { time: formatInTimeZone(startsAt, timeZone, {}, locale), zone: timeZoneLabel(startsAt, timeZone, locale) })}</span>
      <span className="text-xs text-stone-600">{t("utc", { time: formatInTimeZone(startsAt, "UTC", {}, locale) })}</span>
    </span>
  );
}
