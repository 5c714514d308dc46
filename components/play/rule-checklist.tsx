import { useTranslations } from "next-intl";
import type { RosterProblem } from "@/lib/game/roster";
import type { Rules } from "@/lib/game/rules";
import { rosterProblemMessage } from "@/lib/i18n/roster-problems";

type Item = { id: string; label: React.ReactNode; codes: RosterProblem["code"][] };

/** The roster rules, each ticked or explained as it bites. Client groups: play.rules, play.problems. */
export function RuleChecklist({
  rules,
  problems,
  featuredTeamName,
}: {
  rules: Rules;
  problems: RosterProblem[];
  featuredTeamName: string | null;
}) {
  const t = useTranslations("play");
  const tAll = useTranslations();
  const items: Item[] = [
    { id: "size", label: t("rules.size", { count: rules.rosterSize }), codes: ["SIZE", "DUPLICATE", "UNKNOWN_CREW", "RETIRED"] },
    { id: "budget", label: t("rules.budget", { budget: rules.budget }), codes: ["BUDGET"] },
    { id: "team", label: t("rules.perTeam", { count: rules.maxPerTeam }), codes: ["TEAM_LIMIT"] },
    ...(featuredTeamName && rules.minFeatured > 0
      ? [
          {
            id: "featured",
            label: t.rich("rules.featured", { count: rules.minFeatured, team: featuredTeamName, bdi: (chunks) => <bdi>{chunks}</bdi> }),
            codes: ["FEATURED_MINIMUM"] as RosterProblem["code"][],
          },
        ]
      : []),
    { id: "captain", label: t("rules.captain", { multiplier: rules.captainMultiplier }), codes: ["CAPTAIN"] },
  ];
  return (
    <ul className="space-y-1 text-sm" aria-label={t("rules.label")}>
      {items.map((item) => {
        const broken = problems.filter((problem) => item.codes.includes(problem.code));
        return (
          <li key={item.id} className="flex gap-2">
            <span aria-hidden="true" className={broken.length ? "text-red-800" : "text-emerald-800"}>
              {broken.length ? "✗" : "✓"}
            </span>
            <span>
              <span className="font-semibold">{item.label}</span>
              <span className="sr-only">{broken.length ? t("rules.notMet") : t("rules.met")}</span>
              {broken.map((problem, index) => {
                const { key, values } = rosterProblemMessage(problem);
                return (
                  <span key={index} className="block text-red-800">
                    {tAll(key, values)}
                  </span>
                );
              })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
