import { getLocale, getTranslations } from "next-intl/server";
import type { ProgressPoint } from "@/lib/game/player-breakdown";
import { directionOf } from "@/lib/i18n/locales";

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { top: 12, right: 12, bottom: 24, left: 36 };

type Series = { label: string; values: { x: string; y: number }[]; isInverted: boolean; color: string; isRtl: boolean };

/**
 * A small line chart drawn on the server as SVG: no chart library, no client JavaScript.
 * Right to left (docs/i18n.md), the stage axis is mirrored: stage 1 on the right, the value axis on
 * the right, as an Arabic reader scans a progression. Digits and the chart's content are not mirrored.
 */
export function LineChart({ label, values, isInverted, color, isRtl }: Series) {
  const ys = values.map((value) => value.y);
  const min = Math.min(...ys, isInverted ? 1 : 0);
  const max = Math.max(...ys, min + 1);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const along = (index: number) => (values.length === 1 ? plotWidth / 2 : (index * plotWidth) / (values.length - 1));
  const x = (index: number) => (isRtl ? WIDTH - PAD.left - along(index) : PAD.left + along(index));
  // The value axis: on the left, or on the right when mirrored.
  const axisX = isRtl ? WIDTH - PAD.left : PAD.left;
  const labelX = isRtl ? axisX + 6 : axisX - 6;
  const labelAnchor = isRtl ? "start" : "end";
  // Rank 1 is best: drawn at the top.
  const y = (value: number) => PAD.top + (isInverted ? (value - min) / (max - min) : (max - value) / (max - min)) * plotHeight;
  const points = values.map((value, index) => `${x(index)},${y(value.y)}`).join(" ");
  const summary = `${label}: ${values.map((value) => `${value.x} ${value.y}`).join(", ")}`;
  return (
    <figure className="rounded-lg border border-sand-200 bg-white p-3">
      <figcaption className="text-sm font-semibold">{label}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="h-auto w-full">
        <title>{summary}</title>
        <line x1={axisX} y1={PAD.top} x2={axisX} y2={HEIGHT - PAD.bottom} stroke="#d6cfc2" />
        <line
          x1={isRtl ? PAD.right : PAD.left}
          y1={HEIGHT - PAD.bottom}
          x2={isRtl ? WIDTH - PAD.left : WIDTH - PAD.right}
          y2={HEIGHT - PAD.bottom}
          stroke="#d6cfc2"
        />
        <text x={labelX} y={y(isInverted ? min : max) + 4} textAnchor={labelAnchor} fontSize="10" fill="#57534e">
          {isInverted ? min : max}
        </text>
        <text x={labelX} y={y(isInverted ? max : min) + 4} textAnchor={labelAnchor} fontSize="10" fill="#57534e">
          {isInverted ? max : min}
        </text>
        <polyline points={points} fill="none" stroke={color} strokeWidth="2" />
        {values.map((value, index) => (
          <g key={value.x}>
            <circle cx={x(index)} cy={y(value.y)} r="3" fill={color} />
            <text x={x(index)} y={HEIGHT - 8} textAnchor="middle" fontSize="10" fill="#57534e">
              {value.x}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export async function ProgressChart({ progress }: { progress: ProgressPoint[] }) {
  if (progress.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("players"), getLocale()]);
  const isRtl = directionOf(locale) === "rtl";
  const stageLabel = (stageNumber: number) => t("chart.tick", { kind: stageNumber === 0 ? "prologue" : "numbered", number: stageNumber });
  const ranked = progress.filter((point): point is ProgressPoint & { rank: number } => point.rank !== null);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <LineChart
        label={t("chart.points")}
        values={progress.map((point) => ({ x: stageLabel(point.stageNumber), y: point.cumulative }))}
        isInverted={false}
        color="#b45309"
        isRtl={isRtl}
      />
      {ranked.length > 0 ? (
        <LineChart
          label={t("chart.rank")}
          values={ranked.map((point) => ({ x: stageLabel(point.stageNumber), y: point.rank }))}
          isInverted
          color="#1c1917"
          isRtl={isRtl}
        />
      ) : null}
    </div>
  );
}
