import Link from "next/link";
import type { EventPage } from "@/lib/server/events/get-event-page";
import { formatCalendarDate } from "@/lib/format/date-time";
import { StageStart } from "@/components/time/stage-start";
import { StageStatus } from "./stage-status";
import { stageTitle } from "@/lib/format/stage-label";

type Stage = EventPage["event"]["stages"][number];

function distance(stage: Stage): string {
  if (stage.specialKm !== null && stage.totalKm !== null) return `${stage.specialKm} km special · ${stage.totalKm} km total`;
  if (stage.specialKm !== null) return `${stage.specialKm} km`;
  if (stage.totalKm !== null) return `${stage.totalKm} km total`;
  return "—";
}

export function StageTable({ stages, now, timeZone, eventSlug }: { stages: Stage[]; now: Date; timeZone: string; eventSlug: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-sand-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Stages with start time, route, distance, status and Stock podium</caption>
        <thead className="bg-sand-100 text-xs uppercase tracking-wide text-night-800">
          <tr>
            <th scope="col" className="px-3 py-2">Stage</th>
            <th scope="col" className="px-3 py-2">Start (locks)</th>
            <th scope="col" className="px-3 py-2">Route</th>
            <th scope="col" className="px-3 py-2">Distance</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Stock podium</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-sand-100">
          {stages.map((stage) => (
            <tr key={stage.id} className={stage.status === "CANCELLED" ? "text-stone-500" : undefined}>
              <th scope="row" className="px-3 py-2 align-top font-semibold">
                <Link href={`/events/${eventSlug}/stages/${stage.number}`} className="hover:underline">
                  {stageTitle(stage)}
                </Link>
                <span className="block text-xs font-normal text-stone-600">
                  {stage.type === "MARATHON" ? "Marathon · " : ""}
                  {formatCalendarDate(stage.startsAt)}
                </span>
              </th>
              <td className="px-3 py-2 align-top">
                <StageStart startsAt={stage.startsAt} eventTimeZone={timeZone} />
              </td>
              <td className="px-3 py-2 align-top">
                {stage.startTown} → {stage.finishTown}
              </td>
              <td className="px-3 py-2 align-top">{distance(stage)}</td>
              <td className="px-3 py-2 align-top">
                <StageStatus stage={stage} now={now} />
              </td>
              <td className="px-3 py-2 align-top">
                {stage.correctedAt ? (
                  <p className="mb-1 text-xs font-semibold text-amber-900">
                    Results corrected on {formatCalendarDate(stage.correctedAt)}
                    {stage.correctionReason ? `: ${stage.correctionReason}` : ""}
                  </p>
                ) : null}
                {stage.results.length === 0 ? (
                  <span className="text-stone-600">—</span>
                ) : (
                  <ol className="space-y-0.5">
                    {stage.results.map((result) => (
                      <li key={result.crew.id}>
                        <span className="font-mono text-xs">P{result.position}</span>{" "}
                        <Link href={`/crews/${result.crew.id}`} className="hover:underline">
                          {result.crew.driver}
                        </Link>
                      </li>
                    ))}
                  </ol>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
