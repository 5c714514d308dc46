import { getRequestConfig } from "next-intl/server";
import { resolveRequestLocale } from "@/lib/server/i18n/request-locale";
import { loadMessages } from "./messages";

// next-intl's request configuration (named in next.config.ts): the language of the request and all
// its messages on the server. Only what client components are given (ClientMessages) reaches the browser.
export default getRequestConfig(async () => {
  const locale = await resolveRequestLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    // Server-rendered dates say their zone explicitly (lib/format/date-time.ts); this only keeps
    // next-intl from guessing one. The viewer's own zone is read in the browser (components/time).
    timeZone: "UTC",
  };
});
