import { useTranslations } from "next-intl";
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
  const t = useTranslations("leagues");
  if (leagues.length === 0) {
    return <p className="rounded-lg border border-sand-200 bg-white p-4">{t("mine.empty")}</p>;
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
            {t("mine.caps", {
              owned: inEvent.filter((league) => league.isOwner).length,
              maxOwned: MAX_OWNED_LEAGUES_PER_EVENT,
              joined: inEvent.length,
              maxJoined: MAX_LEAGUES_PER_EVENT,
            })}
          </p>
          <Table caption={t("mine.caption", { event: event.name })}>
            <TableHead>
              <Th>{t("mine.league")}</Th>
              <Th align="right">{t("mine.members")}</Th>
              <Th align="right">{t("mine.rank")}</Th>
            </TableHead>
            <TableBody>
              {inEvent.map((league) => (
                <tr key={league.id}>
                  <RowHeader className="font-medium">
                    <TextLink tone="plain" href={`/leagues/${league.id}`}>
                      <bdi>{league.name}</bdi>
                    </TextLink>
                    {league.isOwner ? (
                      <span className="ms-2">
                        <Badge>{t("mine.owner")}</Badge>
                      </span>
                    ) : null}
                  </RowHeader>
                  <Td align="right" className="font-mono">
                    {league.memberCount}
                  </Td>
                  <Td align="right">
                    {league.myRank === null ? (
                      <span className="text-stone-600">{t("mine.notScored")}</span>
                    ) : (
                      <span className="font-mono">{t("mine.rankOf", { rank: league.myRank, count: league.memberCount })}</span>
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
