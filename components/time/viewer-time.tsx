"use client";

import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { useViewerTimeZone } from "./use-now";

/** An instant in the viewer's own time zone (UTC until the browser tells us its zone). */
export function ViewerTime({ iso }: { iso: string }) {
  const timeZone = useViewerTimeZone() ?? "UTC";
  const date = new Date(iso);
  return (
    <time dateTime={iso}>
      {formatInTimeZone(date, timeZone)} <span className="text-stone-600">({timeZoneLabel(date, timeZone)}, your time)</span>
    </time>
  );
}
