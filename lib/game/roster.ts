import type { Rules } from "./rules";

/** What the roster rules need to know about a crew. */
export type RosterCrew = { id: string; label: string; teamId: string; teamName: string; price: number; isRetired: boolean };

export type RosterDraft = { crewIds: readonly string[]; captainId: string | null };

export type RosterProblem =
  | { code: "SIZE"; message: string }
  | { code: "DUPLICATE"; message: string }
  | { code: "UNKNOWN_CREW"; message: string }
  | { code: "RETIRED"; message: string }
  | { code: "BUDGET"; message: string }
  | { code: "TEAM_LIMIT"; message: string }
  | { code: "FEATURED_MINIMUM"; message: string }
  | { code: "CAPTAIN"; message: string };

export type RosterCheck = {
  problems: RosterProblem[];
  cost: number;
  remaining: number;
  featuredCount: number;
  perTeam: Map<string, number>;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * Every rule a roster breaks, in words a player understands. The browser runs it as the player
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
  if (unique.length !== draft.crewIds.length) problems.push({ code: "DUPLICATE", message: "A crew can be picked only once." });

  const picked = unique.flatMap((id) => {
    const crew = byId.get(id);
    if (!crew) problems.push({ code: "UNKNOWN_CREW", message: `Crew ${id} is not in this event's field.` });
    return crew ? [crew] : [];
  });

  if (unique.length !== rules.rosterSize) {
    const missing = rules.rosterSize - unique.length;
    problems.push({
      code: "SIZE",
      message:
        missing > 0
          ? `Pick ${plural(missing, "more crew")}: a roster has ${rules.rosterSize}.`
          : `Drop ${plural(-missing, "crew")}: a roster has ${rules.rosterSize}.`,
    });
  }

  for (const crew of picked) {
    if (crew.isRetired && !keptCrewIds.includes(crew.id)) {
      problems.push({ code: "RETIRED", message: `${crew.label} is out of the rally and cannot be picked.` });
    }
  }

  const cost = picked.reduce((sum, crew) => sum + crew.price, 0);
  if (cost > rules.budget) {
    problems.push({ code: "BUDGET", message: `Over budget by ${cost - rules.budget} credits (${cost} of ${rules.budget}).` });
  }

  const perTeam = new Map<string, number>();
  for (const crew of picked) perTeam.set(crew.teamId, (perTeam.get(crew.teamId) ?? 0) + 1);
  for (const [teamId, count] of perTeam) {
    if (count > rules.maxPerTeam) {
      const teamName = picked.find((crew) => crew.teamId === teamId)?.teamName ?? "one team";
      problems.push({ code: "TEAM_LIMIT", message: `At most ${plural(rules.maxPerTeam, "crew")} from ${teamName} (you have ${count}).` });
    }
  }

  const featuredCount = featuredTeamId ? (perTeam.get(featuredTeamId) ?? 0) : 0;
  if (featuredTeamId && featuredCount < rules.minFeatured) {
    const teamName = crews.find((crew) => crew.teamId === featuredTeamId)?.teamName ?? "the featured team";
    problems.push({
      code: "FEATURED_MINIMUM",
      message: `Pick at least ${plural(rules.minFeatured, "crew")} from ${teamName}, the featured team.`,
    });
  }

  if (!draft.captainId) problems.push({ code: "CAPTAIN", message: "Choose a captain: their points count double." });
  else if (!unique.includes(draft.captainId)) problems.push({ code: "CAPTAIN", message: "The captain must be one of your picked crews." });

  return { problems, cost, remaining: rules.budget - cost, featuredCount, perTeam };
}
