import type { ProgressPoint } from "@/lib/game/player-breakdown";
import { stageShortLabel } from "@/lib/format/stage-label";

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { top: 12, right: 12, bottom: 24, left: 36 };

type Series = { label: string; values: { x: string; y: number }[]; isInverted: boolean; color: string };

/** A small line chart drawn on the server as SVG: no chart library, no client JavaScript. */
function LineChart({ label, values, isInverted, color }: Series) {
  const ys = values.map((value) => value.y);
  const min = Math.min(...ys, isInverted ? 1 : 0);
  const max = Math.max(...ys, min + 1);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (values.length === 1 ? plotWidth / 2 : (index * plotWidth) / (values.length - 1));
  // Rank 1 is best: drawn at the top.
  const y = (value: number) => PAD.top + (isInverted ? (value - min) / (max - min) : (max - value) / (max - min)) * plotHeight;
  const points = values.map((value, index) => `${x(index)},${y(value.y)}`).join(" ");
  const summary = `${label}: ${values.map((value) => `${value.x} ${value.y}`).join(", ")}`;
  return (
    <figure className="rounded-lg border border-sand-200 bg-white p-3">
      <figcaption className="text-sm font-semibold">{label}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="h-auto w-full">
        <title>{summary}</title>
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} stroke="#d6cfc2" />
        <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} stroke="#d6cfc2" />
        <text x={PAD.left - 6} y={y(isInverted ? min : max) + 4} textAnchor="end" fontSize="10" fill="#57534e">
          {isInverted ? min : max}
        </text>
        <text x={PAD.left - 6} y={y(isInverted ? max : min) + 4} textAnchor="end" fontSize="10" fill="#57534e">
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

const stageLabel = (stageNumber: number) => stageShortLabel({ number: stageNumber }, "P");

export function ProgressChart({ progress }: { progress: ProgressPoint[] }) {
  if (progress.length === 0) return null;
  const ranked = progress.filter((point): point is ProgressPoint & { rank: number } => point.rank !== null);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <LineChart
        label="Points after each stage"
        values={progress.map((point) => ({ x: stageLabel(point.stageNumber), y: point.cumulative }))}
        isInverted={false}
        color="#b45309"
      />
      {ranked.length > 0 ? (
        <LineChart
          label="Overall rank after each stage"
          values={ranked.map((point) => ({ x: stageLabel(point.stageNumber), y: point.rank }))}
          isInverted
          color="#1c1917"
        />
      ) : null}
    </div>
  );
}
