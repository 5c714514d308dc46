import Link from "next/link";
import type { AdminEvent } from "@/lib/server/admin/get-admin-event";

type Step = { href: string; label: string; isTodo: boolean };

function listSteps(event: AdminEvent): Step[] {
  const base = `/admin/events/${event.slug}`;
  const samplePrices = event.crews.filter((crew) => crew.isSamplePrice).length;
  const todo: Step[] = [
    { href: "#teams", label: "Add the teams", isTodo: event.teams.length === 0 },
    { href: "#details", label: "Choose the featured team", isTodo: event.featuredTeamId === null },
    { href: `${base}/crews/new`, label: "Add the crews", isTodo: event.crews.length === 0 },
    { href: `${base}/stages/new`, label: "Add the stages with their start times", isTodo: event.stages.length === 0 },
    {
      href: "#crews",
      label: `Confirm prices: ${samplePrices} ${samplePrices === 1 ? "crew has a sample price" : "crews have sample prices"}`,
      isTodo: samplePrices > 0,
    },
    { href: "#details", label: "Open the event to players: set its status to Upcoming", isTodo: event.status === "DRAFT" },
  ];
  const always: Step[] = [
    { href: `${base}/results`, label: "Enter, publish and correct stage results", isTodo: false },
    { href: `${base}/crews/new`, label: "Add a crew", isTodo: false },
    { href: `${base}/stages/new`, label: "Add a stage", isTodo: false },
  ];
  if (event.status !== "DRAFT") always.push({ href: `/events/${event.slug}`, label: "See the public event page", isTodo: false });
  return [...todo.filter((step) => step.isTodo), ...always];
}

/** What to do next with the event: unfinished setup first, then the usual jobs. */
export function EventNextSteps({ event }: { event: AdminEvent }) {
  return (
    <nav aria-labelledby="next-steps" className="rounded-lg border border-sand-200 bg-white p-4">
      <h2 id="next-steps" className="mb-2 font-bold">
        Next steps
      </h2>
      <ul className="space-y-1">
        {listSteps(event).map((step) => (
          <li key={step.label}>
            <Link href={step.href} className={`underline ${step.isTodo ? "font-semibold text-amber-900" : "text-dune-700"}`}>
              {step.isTodo ? "To do: " : ""}
              {step.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
