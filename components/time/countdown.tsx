"use client";

import { splitCountdown } from "@/lib/game/stage-lock";
import { useNow } from "./use-now";

/** A live "locks in 3d 04h 12m 09s" that reads well to screen readers once, not every second. */
export function Countdown({ targetIso, serverNowIso }: { targetIso: string; serverNowIso: string }) {
  const now = useNow(Date.parse(serverNowIso));
  const { totalSeconds, days, hours, minutes, seconds } = splitCountdown(new Date(targetIso), new Date(now));
  if (totalSeconds === 0) return <span className="font-semibold">Locked</span>;
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    <span className="font-mono text-2xl font-bold tabular-nums sm:text-3xl" role="timer" aria-live="off">
      {days > 0 && <>{days}d </>}
      {pad(hours)}h {pad(minutes)}m {pad(seconds)}s
    </span>
  );
}
