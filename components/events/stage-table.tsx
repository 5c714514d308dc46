import Link from "next/link";
import type { EventPage } from "@/lib/server/events/get-event-page";
import { formatCalendarDate } from "@/lib/format/date-time";
import { StageStart } from "@/components/time/stage-start";
import { StageStatus } from "./stage-status";

import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
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
    <Table caption="Stages with start time, route, distance, status and Stock podium" className="min-w-[44rem]">
      <TableHead>
        <Th>Stage</Th>
        <Th>Start (locks)</Th>
        <Th>Route</Th>
        <Th>Distance</Th>
        <Th>Status</Th>
        <Th>Stock podium</Th>
      </TableHead>
      <TableBody>
        {stages.map((stage) => (
          <tr key={stage.id} className={stage.status === "CANCELLED" ? "text-stone-500" : undefined}>
            <RowHeader className="align-top font-semibold">
              <Link href={`/events/${eventSlug}/stages/${stage.number}`} className="hover:underline">
                {stageTitle(stage)}
              </Link>
              <span className="block text-xs font-normal text-stone-600">
                {stage.type === "MARATHON" ? "Marathon · " : ""}
                {formatCalendarDate(stage.startsAt)}
              </span>
            </RowHeader>
            <Td className="align-top">
              <StageStart startsAt={stage.startsAt} eventTimeZone={timeZone} />
            </Td>
            <Td className="align-top">
              {stage.startTown} → {stage.finishTown}
            </Td>
            <Td className="align-top">{distance(stage)}</Td>
            <Td className="align-top">
              <StageStatus stage={stage} now={now} />
            </Td>
            <Td className="align-top">
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
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
