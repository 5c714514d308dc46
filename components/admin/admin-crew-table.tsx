import Link from "next/link";
import type { AdminEvent } from "@/lib/server/admin/get-admin-event";
import { stageTitle } from "@/lib/format/stage-label";
import { Badge } from "@/components/ui/badge";

export function AdminCrewTable({ event }: { event: AdminEvent }) {
  if (event.crews.length === 0) return <p className="text-stone-700">No crews yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-sand-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Crews with team, category, price and status</caption>
        <thead className="bg-sand-100 text-xs uppercase tracking-wide">
          <tr>
            <th scope="col" className="px-3 py-2">#</th>
            <th scope="col" className="px-3 py-2">Crew</th>
            <th scope="col" className="px-3 py-2">Team</th>
            <th scope="col" className="px-3 py-2">Category</th>
            <th scope="col" className="px-3 py-2 text-right">Price</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-sand-100">
          {event.crews.map((crew) => (
            <tr key={crew.id}>
              <td className="px-3 py-2 align-top font-mono">{crew.number ?? "—"}</td>
              <th scope="row" className="px-3 py-2 align-top font-semibold">
                <Link href={`/admin/events/${event.slug}/crews/${crew.id}`} className="text-dune-700 underline">{crew.driver}</Link>
                {crew.driverNationality ? <span className="font-normal text-stone-600"> ({crew.driverNationality})</span> : null}
                {crew.coDriver ? (
                  <span className="block font-normal text-stone-700">
                    {crew.coDriver}
                    {crew.coDriverNationality ? ` (${crew.coDriverNationality})` : ""}
                  </span>
                ) : null}
              </th>
              <td className="px-3 py-2 align-top">{crew.team.name}</td>
              <td className="px-3 py-2 align-top">{crew.category.charAt(0) + crew.category.slice(1).toLowerCase()}</td>
              <td className="px-3 py-2 text-right align-top">
                {crew.price}
                {crew.isSamplePrice ? <span className="block"><Badge tone="warning">Sample</Badge></span> : null}
              </td>
              <td className="px-3 py-2 align-top">
                {crew.status === "RETIRED" ? (
                  <Badge tone="muted">{crew.retiredAfter ? `Out after ${stageTitle({ ...crew.retiredAfter, name: null })}` : "Retired"}</Badge>
                ) : (
                  <Badge tone="success">Running</Badge>
                )}
              </td>
              <td className="px-3 py-2 align-top">
                <Link href={`/admin/events/${event.slug}/crews/${crew.id}`} className="font-semibold text-dune-700 underline">
                  Edit<span className="sr-only"> {crew.driver}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
