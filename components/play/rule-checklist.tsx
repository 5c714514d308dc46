import type { RosterProblem } from "@/lib/game/roster";
import type { Rules } from "@/lib/game/rules";

type Item = { label: string; codes: RosterProblem["code"][] };

/** The roster rules, each ticked or explained as it bites. */
export function RuleChecklist({
  rules,
  problems,
  featuredTeamName,
}: {
  rules: Rules;
  problems: RosterProblem[];
  featuredTeamName: string | null;
}) {
  const items: Item[] = [
    { label: `${rules.rosterSize} different crews`, codes: ["SIZE", "DUPLICATE", "UNKNOWN_CREW", "RETIRED"] },
    { label: `At most ${rules.budget} credits`, codes: ["BUDGET"] },
    { label: `At most ${rules.maxPerTeam} from one team`, codes: ["TEAM_LIMIT"] },
    ...(featuredTeamName && rules.minFeatured > 0
      ? [{ label: `At least ${rules.minFeatured} from ${featuredTeamName}`, codes: ["FEATURED_MINIMUM"] as RosterProblem["code"][] }]
      : []),
    { label: `A captain (points ×${rules.captainMultiplier})`, codes: ["CAPTAIN"] },
  ];
  return (
    <ul className="space-y-1 text-sm" aria-label="Roster rules">
      {items.map((item) => {
        const broken = problems.filter((problem) => item.codes.includes(problem.code));
        return (
          <li key={item.label} className="flex gap-2">
            <span aria-hidden="true" className={broken.length ? "text-red-800" : "text-emerald-800"}>
              {broken.length ? "✗" : "✓"}
            </span>
            <span>
              <span className="font-semibold">{item.label}</span>
              <span className="sr-only">{broken.length ? ": not met." : ": met."}</span>
              {broken.map((problem) => (
                <span key={problem.message} className="block text-red-800">
                  {problem.message}
                </span>
              ))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
