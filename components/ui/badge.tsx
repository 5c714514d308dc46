const TONES = {
  neutral: "bg-sand-100 text-night-800 ring-sand-200",
  accent: "bg-dune-700 text-white ring-dune-700",
  warning: "bg-amber-100 text-amber-900 ring-amber-300",
  success: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  muted: "bg-stone-200 text-stone-800 ring-stone-300",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}
