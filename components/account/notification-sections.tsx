import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { ClientMessages } from "@/components/i18n/client-messages";
import { formatCalendarDate } from "@/lib/format/date-time";
import { getCalendarFeedCreatedAt } from "@/lib/server/calendar/calendar-feed-token";
import { getVapidPublicKey } from "@/lib/server/push/vapid";
import { CalendarFeed } from "./calendar-feed";
import { PushSettings } from "./push-settings";

// The account page's notification channels, each loading its own data so the page only places them.

export async function CalendarSection({ userId }: { userId: string }) {
  const [createdAt, t, locale] = await Promise.all([getCalendarFeedCreatedAt(db, userId), getTranslations("account.page"), getLocale()]);
  return (
    <section aria-labelledby="calendar-heading" className="space-y-3">
      <h2 id="calendar-heading" className="text-lg font-semibold">
        {t("calendarHeading")}
      </h2>
      <ClientMessages groups={["account.calendar"]}>
        <CalendarFeed createdOn={createdAt ? formatCalendarDate(createdAt, locale) : null} />
      </ClientMessages>
    </section>
  );
}

export async function PushSection() {
  const t = await getTranslations("account.page");
  return (
    <section aria-labelledby="push-heading" className="space-y-3">
      <h2 id="push-heading" className="text-lg font-semibold">
        {t("pushHeading")}
      </h2>
      <ClientMessages groups={["account.push"]}>
        <PushSettings publicKey={getVapidPublicKey()} />
      </ClientMessages>
    </section>
  );
}
