import type { Rules } from "./rules";

/** What the roster rules need to know about a crew. */
export type RosterCrew = { id: string; label: string; teamId: string; teamName: string; price: number; isRetired: boolean };

export type RosterDraft = { crewIds: readonly string[]; captainId: string | null };

/**
 * A broken rule, as a code and the numbers and names that explain it; the words come from the
 * message files (lib/i18n/roster-problems.ts), in the reader's language.
 */
export type RosterProblem =
  | { code: "SIZE"; missing: number; size: number }
  | { code: "DUPLICATE" }
  | { code: "UNKNOWN_CREW"; crewId: string }
  | { code: "RETIRED"; crew: string }
  | { code: "BUDGET"; cost: number; budget: number }
  | { code: "TEAM_LIMIT"; team: string | null; max: number; count: number }
  | { code: "FEATURED_MINIMUM"; team: string | null; min: number }
  | { code: "CAPTAIN"; reason: "missing" | "not-picked" };

export type RosterCheck = {
  problems: RosterProblem[];
  cost: number;
  remaining: number;
  featuredCount: number;
  perTeam: Map<string, number>;
};

/**
 * Every rule a roster breaks, with what a player needs to understand it. The browser runs it as the player
 * picks, and the server runs it again before saving. `keptCrewIds` are crews already in the
 * player's roster: a retired crew may stay (it scores nothing) but cannot be picked anew.
 */
export function checkRoster(
  draft: RosterDraft,
  crews: readonly RosterCrew[],
  rules: Rules,
  featuredTeamId: string | null,
  keptCrewIds: readonly string[] = [],
): RosterCheck {
  const problems: RosterProblem[] = [];
  const byId = new Map(crews.map((crew) => [crew.id, crew]));
  const unique = [...new Set(draft.crewIds)];
  if (unique.length !== draft.crewIds.length) problems.push({ code: "DUPLICATE" });

  const picked = unique.flatMap((id) => {
    const crew = byId.get(id);
    if (!crew) problems.push({ code: "UNKNOWN_CREW", crewId: id });
    return crew ? [crew] : [];
  });

  if (unique.length !== rules.rosterSize) {
    problems.push({ code: "SIZE", missing: rules.rosterSize - unique.length, size: rules.rosterSize });
  }

  for (const crew of picked) {
    if (crew.isRetired && !keptCrewIds.includes(crew.id)) {
      problems.push({ code: "RETIRED", crew: crew.label });
    }
  }

  const cost = picked.reduce((sum, crew) => sum + crew.price, 0);
  if (cost > rules.budget) {
    problems.push({ code: "BUDGET", cost, budget: rules.budget });
  }

  const perTeam = new Map<string, number>();
  for (const crew of picked) perTeam.set(crew.teamId, (perTeam.get(crew.teamId) ?? 0) + 1);
  for (const [teamId, count] of perTeam) {
    if (count > rules.maxPerTeam) {
      const team = picked.find((crew) => crew.teamId === teamId)?.teamName ?? null;
      problems.push({ code: "TEAM_LIMIT", team, max: rules.maxPerTeam, count });
    }
  }

  const featuredCount = featuredTeamId ? (perTeam.get(featuredTeamId) ?? 0) : 0;
  if (featuredTeamId && featuredCount < rules.minFeatured) {
    const team = crews.find((crew) => crew.teamId === featuredTeamId)?.teamName ?? null;
    problems.push({ code: "FEATURED_MINIMUM", team, min: rules.minFeatured });
  }

  if (!draft.captainId) problems.push({ code: "CAPTAIN", reason: "missing" });
  else if (!unique.includes(draft.captainId)) problems.push({ code: "CAPTAIN", reason: "not-picked" });

  return { problems, cost, remaining: rules.budget - cost, featuredCount, perTeam };
}
