import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { ViewerTime } from "./viewer-time";

/** A stage start in the viewer's zone and, beside it, the event's local time. */
export function StageStart({ startsAt, eventTimeZone }: { startsAt: Date; eventTimeZone: string }) {
  return (
    <span className="flex flex-col">
      <ViewerTime iso={startsAt.toISOString()} />
      <span className="text-sm text-stone-600">
        {formatInTimeZone(startsAt, eventTimeZone)} local ({timeZoneLabel(startsAt, eventTimeZone)})
      </span>
    </span>
  );
}
