import { Badge, type BadgeTone } from "@/components/ui/badge";

const LABELS: Record<string, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: "Draft", tone: "muted" },
  UPCOMING: { label: "Upcoming", tone: "accent" },
  LIVE: { label: "Live", tone: "success" },
  COMPLETED: { label: "Completed", tone: "neutral" },
};

export function EventStatusBadge({ status, isSample }: { status: string; isSample: boolean }) {
  const { label, tone } = LABELS[status] ?? { label: status, tone: "neutral" as const };
  return (
    <span className="inline-flex gap-1">
      <Badge tone={tone}>{label}</Badge>
      {isSample ? <Badge tone="warning">Sample data</Badge> : null}
    </span>
  );
}
