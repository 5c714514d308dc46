import Link from "next/link";
import type { AdminEvent } from "@/lib/server/admin/get-admin-event";
import { StageStatus } from "@/components/events/stage-status";
import { stageTitle } from "@/lib/format/stage-label";
import { StartTimes } from "./start-times";

export function AdminStageTable({ event, now }: { event: AdminEvent; now: Date }) {
  if (event.stages.length === 0) return <p className="text-stone-700">No stages yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-sand-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Stages with start (lock) time, route, status and results</caption>
        <thead className="bg-sand-100 text-xs uppercase tracking-wide">
          <tr>
            <th scope="col" className="px-3 py-2">Stage</th>
            <th scope="col" className="px-3 py-2">Start (locks)</th>
            <th scope="col" className="px-3 py-2">Route</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Results rows</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-sand-100">
          {event.stages.map((stage) => (
            <tr key={stage.id} className={stage.status === "CANCELLED" ? "text-stone-500" : undefined}>
              <th scope="row" className="px-3 py-2 align-top font-semibold">
                <Link href={`/admin/events/${event.slug}/stages/${stage.id}`} className="text-dune-700 underline">{stageTitle(stage)}</Link>
                {stage.type === "MARATHON" ? <span className="block text-xs font-normal text-stone-600">Marathon</span> : null}
              </th>
              <td className="px-3 py-2 align-top"><StartTimes startsAt={stage.startsAt} timeZone={event.timeZone} /></td>
              <td className="px-3 py-2 align-top">
                {stage.startTown} → {stage.finishTown}
                {stage.specialKm !== null ? <span className="block text-xs text-stone-600">{stage.specialKm} km special</span> : null}
              </td>
              <td className="px-3 py-2 align-top"><StageStatus stage={stage} now={now} /></td>
              <td className="px-3 py-2 align-top">{stage._count.results}</td>
              <td className="px-3 py-2 align-top">
                <Link href={`/admin/events/${event.slug}/stages/${stage.id}`} className="font-semibold text-dune-700 underline">
                  Edit<span className="sr-only"> {stageTitle(stage)}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
