import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";

/** A stage start in the event's local time with UTC beside it: what admins type and what is stored. */
export function StartTimes({ startsAt, timeZone }: { startsAt: Date; timeZone: string }) {
  return (
    <span className="flex flex-col">
      <span>
        {formatInTimeZone(startsAt, timeZone)} local ({timeZoneLabel(startsAt, timeZone)})
      </span>
      <span className="text-xs text-stone-600">{formatInTimeZone(startsAt, "UTC")} UTC</span>
    </span>
  );
}
