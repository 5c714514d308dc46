import type { Rules } from "@/lib/game/rules";
import { createRandom } from "./random";
import { indexNeighbours, listValidLineups, type BenchCrew, type Lineup } from "./rosters";

export type BenchEvent = {
  id: number;
  featuredTeamId: number | null;
  rules: Rules;
  crews: BenchCrew[];
  /** Stages in running order. */
  stages: { id: number; number: number; startsAt: Date }[];
};

/** The synthetic data as parallel columns (a million podium calls as objects would not fit the budget). */
export type SyntheticPlayers = {
  users: { ids: string[]; names: string[]; createdAt: string[] };
  rosters: { userIds: string[]; joinedAt: string[] };
  /** `rosterIndex` points into `rosters`; versions of one roster are in save order. */
  versions: { rosterIndex: number[]; captainIds: number[]; savedAt: string[]; crews: Lineup[] };
  calls: {
    userIds: string[];
    stageIds: number[];
    p1: number[];
    p2: number[];
    p3: number[];
    featured: (number | null)[];
    createdAt: string[];
  };
  /** Players grouped 50 to a league, in user order. */
  leagues: { ownerIndex: number[]; memberIndex: number[][] };
};

const HOUR = 3_600_000;
export const LEAGUE_SIZE = 50;
// Shares of players, chosen to exercise every scoring path: roster changes with and without
// penalties, players who only call podiums, stages some players skip.
const CHANGES_ROSTER = 0.35;
const CALL_ONLY = 0.02;
const CALLS_A_STAGE = 0.75;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * N players for the replay event: each joins in the week before the prologue with a valid roster,
 * about a third change crews between stages (one or two at a time, so some pay transfer penalties),
 * most call most stages' podiums before the start, and everyone is in a league of 50.
 */
export function generatePlayers(count: number, event: BenchEvent, seed: number): SyntheticPlayers {
  const random = createRandom(seed);
  const lineups = listValidLineups(event.crews, event.rules, event.featuredTeamId);
  const byChange = [indexNeighbours(lineups, 1), indexNeighbours(lineups, 2)] as const;
  const crewIds = event.crews.map((crew) => crew.id);
  const featured = event.crews.filter((crew) => crew.teamId === event.featuredTeamId).map((crew) => crew.id);
  const starts = event.stages.map((stage) => stage.startsAt.getTime());
  const firstStart = starts[0]!;

  const data: SyntheticPlayers = {
    users: { ids: [], names: [], createdAt: [] },
    rosters: { userIds: [], joinedAt: [] },
    versions: { rosterIndex: [], captainIds: [], savedAt: [], crews: [] },
    calls: { userIds: [], stageIds: [], p1: [], p2: [], p3: [], featured: [], createdAt: [] },
    leagues: { ownerIndex: [], memberIndex: [] },
  };
  const width = String(count).length;

  for (let player = 0; player < count; player += 1) {
    const userId = random.uuid();
    const joinedAt = firstStart - random.int(HOUR, 7 * 24 * HOUR);
    data.users.ids.push(userId);
    data.users.names.push(`Bench ${String(player).padStart(width, "0")}`);
    data.users.createdAt.push(iso(joinedAt - HOUR));

    if (!random.chance(CALL_ONLY)) {
      const rosterIndex = data.rosters.userIds.push(userId) - 1;
      data.rosters.joinedAt.push(iso(joinedAt));
      let lineup = random.pick(lineups);
      const save = (at: number) => {
        data.versions.rosterIndex.push(rosterIndex);
        data.versions.captainIds.push(random.pick(lineup));
        data.versions.savedAt.push(iso(at));
        data.versions.crews.push(lineup);
      };
      save(joinedAt);
      if (random.chance(CHANGES_ROSTER)) {
        const changes = new Set(Array.from({ length: random.int(1, 3) }, () => random.int(1, starts.length - 1)));
        for (const stage of [...changes].sort((a, b) => a - b)) {
          const options = byChange[random.chance(0.7) ? 0 : 1].get(lineup)!;
          if (options.length > 0) lineup = random.pick(options);
          // Saved between the previous stage's start and this one's: it applies from this stage.
          save(starts[stage - 1]! + random.int(1, starts[stage]! - starts[stage - 1]! - 1));
        }
      }
    }

    event.stages.forEach((stage, index) => {
      if (!random.chance(CALLS_A_STAGE)) return;
      const p1 = random.pick(crewIds);
      const p2 = random.pick(crewIds.filter((crew) => crew !== p1));
      const p3 = random.pick(crewIds.filter((crew) => crew !== p1 && crew !== p2));
      data.calls.userIds.push(userId);
      data.calls.stageIds.push(stage.id);
      data.calls.p1.push(p1);
      data.calls.p2.push(p2);
      data.calls.p3.push(p3);
      data.calls.featured.push(featured.length === 0 || random.chance(0.1) ? null : random.pick(featured));
      const earliest = index === 0 ? joinedAt : Math.max(joinedAt, starts[index - 1]!);
      data.calls.createdAt.push(iso(earliest + random.int(0, Math.max(0, starts[index]! - earliest - 1))));
    });

    if (player % LEAGUE_SIZE === 0) {
      data.leagues.ownerIndex.push(player);
      data.leagues.memberIndex.push([]);
    }
    data.leagues.memberIndex.at(-1)!.push(player);
  }
  return data;
}
