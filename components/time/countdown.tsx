"use client";

import { useTranslations } from "next-intl";
import { splitCountdown } from "@/lib/game/stage-lock";
import { useNow } from "./use-now";

/**
 * A live "locks in 3d 04h 12m 09s" that reads well to screen readers once, not every second. Each
 * unit is its own word, so in Arabic the days come first from the right, as a reader expects.
 */
export function Countdown({ targetIso, serverNowIso }: { targetIso: string; serverNowIso: string }) {
  const t = useTranslations("time.countdown");
  const now = useNow(Date.parse(serverNowIso));
  const { totalSeconds, days, hours, minutes, seconds } = splitCountdown(new Date(targetIso), new Date(now));
  if (totalSeconds === 0) return <span className="font-semibold">{t("locked")}</span>;
  const pad = (n: number) => String(n).padStart(2, "0");
  const units: [string, string][] = [
    ["hours", t("hours", { value: pad(hours) })],
    ["minutes", t("minutes", { value: pad(minutes) })],
    ["seconds", t("seconds", { value: pad(seconds) })],
  ];
  if (days > 0) units.unshift(["days", t("days", { value: String(days) })]);
  return (
    <span className="inline-flex flex-wrap gap-x-2 font-mono text-2xl font-bold tabular-nums sm:text-3xl" role="timer" aria-live="off">
      {units.map(([unit, text]) => (
        <span key={unit}>{text}</span>
      ))}
    </span>
  );
}
