import { checkRoster, type RosterCrew } from "@/lib/game/roster";
import type { Rules } from "@/lib/game/rules";

export type BenchCrew = { id: number; teamId: number; price: number; label: string; teamName: string };

/** Crew ids of a valid roster, sorted. */
export type Lineup = readonly number[];

function* combinations(ids: readonly number[], size: number, from = 0, picked: number[] = []): Generator<number[]> {
  if (picked.length === size) {
    yield [...picked];
    return;
  }
  for (let i = from; i < ids.length; i += 1) yield* combinations(ids, size, i + 1, [...picked, ids[i]!]);
}

/**
 * Every roster of `rules.rosterSize` crews that the game's own check accepts (budget, team limit,
 * featured minimum), so synthetic players only ever hold rosters a real player could save.
 */
export function listValidLineups(crews: readonly BenchCrew[], rules: Rules, featuredTeamId: number | null): Lineup[] {
  const field: RosterCrew[] = crews.map((crew) => ({
    id: String(crew.id),
    label: crew.label,
    teamId: String(crew.teamId),
    teamName: crew.teamName,
    price: crew.price,
    isRetired: false,
  }));
  const ids = crews.map((crew) => crew.id).sort((a, b) => a - b);
  const lineups: Lineup[] = [];
  for (const lineup of combinations(ids, rules.rosterSize)) {
    const check = checkRoster(
      { crewIds: lineup.map(String), captainId: String(lineup[0]) },
      field,
      rules,
      featuredTeamId === null ? null : String(featuredTeamId),
    );
    if (check.problems.length === 0) lineups.push(lineup);
  }
  if (lineups.length === 0) throw new Error("no valid roster exists in this event's field");
  return lineups;
}

/** Lineups that differ from each lineup by exactly `changed` crews (a roster change of that many transfers). */
export function indexNeighbours(lineups: readonly Lineup[], changed: number): Map<Lineup, Lineup[]> {
  const neighbours = new Map<Lineup, Lineup[]>();
  for (const lineup of lineups) {
    neighbours.set(
      lineup,
      lineups.filter((other) => other.filter((crew) => !lineup.includes(crew)).length === changed),
    );
  }
  return neighbours;
}
