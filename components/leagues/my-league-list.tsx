import Link from "next/link";
import type { MyLeague } from "@/lib/server/leagues/list-my-leagues";
import { MAX_LEAGUES_PER_EVENT, MAX_OWNED_LEAGUES_PER_EVENT } from "@/lib/game/leagues";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { Badge } from "@/components/ui/badge";

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
    return <p className="rounded-lg border border-sand-200 bg-white p-4">You are not in any league yet. Create one below, or join one with an invite code.</p>;
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
            In this event you own {inEvent.filter((league) => league.isOwner).length} of at most {MAX_OWNED_LEAGUES_PER_EVENT} leagues
            and belong to {inEvent.length} of at most {MAX_LEAGUES_PER_EVENT}.
          </p>
          <div className="overflow-x-auto rounded-lg border border-sand-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Your leagues in {event.name}</caption>
              <thead className="bg-sand-100 text-xs uppercase tracking-wide">
                <tr>
                  <th scope="col" className="px-3 py-2">League</th>
                  <th scope="col" className="px-3 py-2 text-right">Members</th>
                  <th scope="col" className="px-3 py-2 text-right">Your rank</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-sand-100">
                {inEvent.map((league) => (
                  <tr key={league.id}>
                    <th scope="row" className="px-3 py-2 font-medium">
                      <Link href={`/leagues/${league.id}`} className="text-dune-700 underline">{league.name}</Link>
                      {league.isOwner ? <span className="ml-2"><Badge>Owner</Badge></span> : null}
                    </th>
                    <td className="px-3 py-2 text-right font-mono">{league.memberCount}</td>
                    <td className="px-3 py-2 text-right">
                      {league.myRank === null ? <span className="text-stone-600">not scored yet</span> : <span className="font-mono">#{league.myRank} of {league.memberCount}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </div>
  );
}
