import type { AdminEvent } from "@/lib/server/admin/get-admin-event";
import { StageStatus } from "@/components/events/stage-status";
import { stageTitle } from "@/lib/format/stage-label";
import { StartTimes } from "./start-times";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

export function AdminStageTable({ event, now }: { event: AdminEvent; now: Date }) {
  if (event.stages.length === 0) return <p className="text-stone-700">No stages yet.</p>;
  return (
    <Table caption="Stages with start (lock) time, route, status and results" className="min-w-[44rem]">
      <TableHead>
        <Th>Stage</Th>
        <Th>Start (locks)</Th>
        <Th>Route</Th>
        <Th>Status</Th>
        <Th>Results rows</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </TableHead>
      <TableBody>
        {event.stages.map((stage) => (
          <tr key={stage.id} className={stage.status === "CANCELLED" ? "text-stone-500" : undefined}>
            <RowHeader className="align-top font-semibold">
              <TextLink tone="plain" href={`/admin/events/${event.slug}/stages/${stage.id}`}>
                {stageTitle(stage)}
              </TextLink>
              {stage.type === "MARATHON" ? <span className="block text-xs font-normal text-stone-600">Marathon</span> : null}
            </RowHeader>
            <Td className="align-top">
              <StartTimes startsAt={stage.startsAt} timeZone={event.timeZone} />
            </Td>
            <Td className="align-top">
              {stage.startTown} → {stage.finishTown}
              {stage.specialKm !== null ? <span className="block text-xs text-stone-600">{stage.specialKm} km special</span> : null}
            </Td>
            <Td className="align-top">
              <StageStatus stage={stage} now={now} />
            </Td>
            <Td className="align-top">{stage._count.results}</Td>
            <Td className="align-top">
              <TextLink href={`/admin/events/${event.slug}/stages/${stage.id}`}>
                Edit<span className="sr-only"> {stageTitle(stage)}</span>
              </TextLink>
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
