import type { MyLeague } from "@/lib/server/leagues/list-my-leagues";
import { MAX_LEAGUES_PER_EVENT, MAX_OWNED_LEAGUES_PER_EVENT } from "@/lib/game/leagues";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { Badge } from "@/components/ui/badge";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

function groupByEvent(leagues: MyLeague[]) {
  const groups = new Map<number, { event: MyLeague["event"]; leagues: MyLeague[] }>();
  for (const league of leagues) {
    const group = groups.get(league.event.id) ?? { event: league.event, leagues: [] };
    group.leagues.push(league);
    groups.set(league.event.id, group);
  }
  return [...groups.values()];
}

/** The viewer's leagues, one table per event, with their standing in each and their caps. */
export function MyLeagueList({ leagues }: { leagues: MyLeague[] }) {
  if (leagues.length === 0) {
    return (
      <p className="rounded-lg border border-sand-200 bg-white p-4">
        You are not in any league yet. Create one below, or join one with an invite code.
      </p>
    );
  }
  return (
    <div className="space-y-6">
      {groupByEvent(leagues).map(({ event, leagues: inEvent }) => (
        <div key={event.id} className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-lg font-semibold">{event.name}</h3>
            <EventStatusBadge status={event.status} isSample={false} />
          </div>
          <p className="text-sm text-stone-700">
            In this event you own {inEvent.filter((league) => league.isOwner).length} of at most {MAX_OWNED_LEAGUES_PER_EVENT} leagues and
            belong to {inEvent.length} of at most {MAX_LEAGUES_PER_EVENT}.
          </p>
          <Table caption={`Your leagues in ${event.name}`}>
            <TableHead>
              <Th>League</Th>
              <Th align="right">Members</Th>
              <Th align="right">Your rank</Th>
            </TableHead>
            <TableBody>
              {inEvent.map((league) => (
                <tr key={league.id}>
                  <RowHeader className="font-medium">
                    <TextLink tone="plain" href={`/leagues/${league.id}`}>
                      {league.name}
                    </TextLink>
                    {league.isOwner ? (
                      <span className="ml-2">
                        <Badge>Owner</Badge>
                      </span>
                    ) : null}
                  </RowHeader>
                  <Td align="right" className="font-mono">
                    {league.memberCount}
                  </Td>
                  <Td align="right">
                    {league.myRank === null ? (
                      <span className="text-stone-600">not scored yet</span>
                    ) : (
                      <span className="font-mono">
                        #{league.myRank} of {league.memberCount}
                      </span>
                    )}
                  </Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </div>
  );
}
