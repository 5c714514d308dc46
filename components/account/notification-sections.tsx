import { db } from "@/lib/server/db";
import { formatCalendarDate } from "@/lib/format/date-time";
import { getCalendarFeedCreatedAt } from "@/lib/server/calendar/calendar-feed-token";
import { getVapidPublicKey } from "@/lib/server/push/vapid";
import { CalendarFeed } from "./calendar-feed";
import { PushSettings } from "./push-settings";

// The account page's notification channels, each loading its own data so the page only places them.

export async function CalendarSection({ userId }: { userId: string }) {
  const createdAt = await getCalendarFeedCreatedAt(db, userId);
  return (
    <section aria-labelledby="calendar-heading" className="space-y-3">
      <h2 id="calendar-heading" className="text-lg font-semibold">
        Calendar
      </h2>
      <CalendarFeed createdOn={createdAt ? formatCalendarDate(createdAt) : null} />
    </section>
  );
}

export function PushSection() {
  return (
    <section aria-labelledby="push-heading" className="space-y-3">
      <h2 id="push-heading" className="text-lg font-semibold">
        Notifications on this device
      </h2>
      <PushSettings publicKey={getVapidPublicKey()} />
    </section>
  );
}
