"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { INTL_LOCALES } from "@/lib/i18n/locales";
import { useEffect, useRef, useState } from "react";

type Status = "connecting" | "live" | "reconnecting";

/** Several notifications in a burst (publish, then mark official) cause one refresh. */
const REFRESH_DELAY_MS = 300;
const RECONNECT_MS = 5_000;

/**
 * Keeps an open leaderboard current: the server pushes "standings" when results are published or
 * corrected (on any app instance), and the page re-renders its server components in place, with no
 * reload and no lost scroll position.
 *
 * Messages: `boards.live` (given by LiveBoardRefresh, ./live-board-refresh.tsx).
 */
export function LiveBoardStatus({ eventSlug }: { eventSlug: string }) {
  const t = useTranslations("boards");
  const locale = useLocale();
  const router = useRouter();
  const [status, setStatus] = useState<Status>("connecting");
  const [refreshedAt, setRefreshedAt] = useState<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let hasOpened = false;
    const refreshSoon = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        router.refresh();
        setRefreshedAt(new Date());
      }, REFRESH_DELAY_MS);
    };
    const connect = () => {
      source = new EventSource(`/api/v1/events/${encodeURIComponent(eventSlug)}/live`);
      source.addEventListener("open", () => {
        // After a dropped connection the board may have missed a publish.
        if (hasOpened) refreshSoon();
        hasOpened = true;
        setStatus("live");
      });
      source.addEventListener("standings", refreshSoon);
      source.addEventListener("error", () => {
        setStatus("reconnecting");
        // The browser retries a dropped stream itself, but gives up after an error answer
        // (a server restarting): then try again ourselves.
        if (source?.readyState === EventSource.CLOSED) retry = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      source?.close();
      if (retry) clearTimeout(retry);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [eventSlug, router]);

  return (
    <p aria-live="polite" data-live-status={status} className="flex items-center gap-1.5">
      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${status === "live" ? "bg-emerald-600" : "bg-stone-400"}`} />
      {status === "live" ? t("live.live") : status === "connecting" ? t("live.connecting") : t("live.reconnecting")}
      {refreshedAt ? (
        <span className="sr-only">{t("live.updatedAt", { time: refreshedAt.toLocaleTimeString(INTL_LOCALES[locale]) })}</span>
      ) : null}
    </p>
  );
}
