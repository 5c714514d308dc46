"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

type Status = "connecting" | "live" | "reconnecting";

/** Several notifications in a burst (publish, then mark official) cause one refresh. */
const REFRESH_DELAY_MS = 300;

/**
 * Keeps an open leaderboard current: the server pushes "standings" when results are published or
 * corrected (on any app instance), and the page re-renders its server components in place, with no
 * reload and no lost scroll position.
 */
export function LiveBoardRefresh({ eventSlug }: { eventSlug: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>("connecting");
  const [refreshedAt, setRefreshedAt] = useState<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const source = new EventSource(`/api/v1/events/${encodeURIComponent(eventSlug)}/live`);
    const refreshSoon = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        router.refresh();
        setRefreshedAt(new Date());
      }, REFRESH_DELAY_MS);
    };
    let hasOpened = false;
    source.addEventListener("open", () => {
      // After a dropped connection the board may have missed a publish.
      if (hasOpened) refreshSoon();
      hasOpened = true;
      setStatus("live");
    });
    source.addEventListener("standings", refreshSoon);
    source.addEventListener("error", () => setStatus("reconnecting"));
    return () => {
      source.close();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [eventSlug, router]);

  return (
    <p aria-live="polite" data-live-status={status} className="flex items-center gap-1.5">
      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${status === "live" ? "bg-emerald-600" : "bg-stone-400"}`} />
      {status === "live" ? "Live: updates when results are published" : status === "connecting" ? "Connecting for live updates…" : "Reconnecting for live updates…"}
      {refreshedAt ? <span className="sr-only">Board updated at {refreshedAt.toLocaleTimeString()}</span> : null}
    </p>
  );
}
