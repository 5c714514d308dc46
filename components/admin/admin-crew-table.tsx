import type { AdminEvent } from "@/lib/server/admin/get-admin-event";
import { stageTitle } from "@/lib/format/stage-label";
import { Badge } from "@/components/ui/badge";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

export function AdminCrewTable({ event }: { event: AdminEvent }) {
  if (event.crews.length === 0) return <p className="text-stone-700">No crews yet.</p>;
  return (
    <Table caption="Crews with team, category, price and status" className="min-w-[44rem]">
      <TableHead>
        <Th>#</Th>
        <Th>Crew</Th>
        <Th>Team</Th>
        <Th>Category</Th>
        <Th align="right">Price</Th>
        <Th>Status</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </TableHead>
      <TableBody>
        {event.crews.map((crew) => (
          <tr key={crew.id}>
            <Td className="align-top font-mono">{crew.number ?? "—"}</Td>
            <RowHeader className="align-top font-semibold">
              <TextLink tone="plain" href={`/admin/events/${event.slug}/crews/${crew.id}`}>
                {crew.driver}
              </TextLink>
              {crew.driverNationality ? <span className="font-normal text-stone-600"> ({crew.driverNationality})</span> : null}
              {crew.coDriver ? (
                <span className="block font-normal text-stone-700">
                  {crew.coDriver}
                  {crew.coDriverNationality ? ` (${crew.coDriverNationality})` : ""}
                </span>
              ) : null}
            </RowHeader>
            <Td className="align-top">{crew.team.name}</Td>
            <Td className="align-top">{crew.category.charAt(0) + crew.category.slice(1).toLowerCase()}</Td>
            <Td align="right" className="align-top">
              {crew.price}
              {crew.isSamplePrice ? (
                <span className="block">
                  <Badge tone="warning">Sample</Badge>
                </span>
              ) : null}
            </Td>
            <Td className="align-top">
              {crew.status === "RETIRED" ? (
                <Badge tone="muted">
                  {crew.retiredAfter ? `Out after ${stageTitle({ ...crew.retiredAfter, name: null })}` : "Retired"}
                </Badge>
              ) : (
                <Badge tone="success">Running</Badge>
              )}
            </Td>
            <Td className="align-top">
              <TextLink href={`/admin/events/${event.slug}/crews/${crew.id}`}>
                Edit<span className="sr-only"> {crew.driver}</span>
              </TextLink>
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
