import type { RosterProblem } from "@/lib/game/roster";
import type { MessageKey } from "./messages";
import { msg, type MessageValues, type Translate } from "./translate";

/** A broken roster rule as a message key and its values (play.problems), for any reader's language. */
export function rosterProblemMessage(problem: RosterProblem): { key: MessageKey; values: MessageValues } {
  switch (problem.code) {
    case "DUPLICATE":
      return { key: msg("play.problems.duplicate"), values: {} };
    case "UNKNOWN_CREW":
      return { key: msg("play.problems.unknownCrew"), values: { crew: problem.crewId } };
    case "SIZE":
      return problem.missing > 0
        ? { key: msg("play.problems.pickMore"), values: { missing: problem.missing, size: problem.size } }
        : { key: msg("play.problems.drop"), values: { extra: -problem.missing, size: problem.size } };
    case "RETIRED":
      return { key: msg("play.problems.retired"), values: { crew: problem.crew } };
    case "BUDGET":
      return {
        key: msg("play.problems.budget"),
        values: { over: problem.cost - problem.budget, cost: problem.cost, budget: problem.budget },
      };
    case "TEAM_LIMIT":
      return problem.team === null
        ? { key: msg("play.problems.teamLimitUnnamed"), values: { max: problem.max, count: problem.count } }
        : { key: msg("play.problems.teamLimit"), values: { team: problem.team, max: problem.max, count: problem.count } };
    case "FEATURED_MINIMUM":
      return problem.team === null
        ? { key: msg("play.problems.featuredUnnamed"), values: { min: problem.min } }
        : { key: msg("play.problems.featured"), values: { team: problem.team, min: problem.min } };
    case "CAPTAIN":
      return problem.reason === "missing"
        ? { key: msg("play.problems.noCaptain"), values: {} }
        : { key: msg("play.problems.captainNotPicked"), values: {} };
  }
}

/** A broken rule in words, with a translator for the reader (translateEnglish for the API and tests). */
export function describeRosterProblem(problem: RosterProblem, translate: Translate): string {
  const { key, values } = rosterProblemMessage(problem);
  return translate(key, values);
}
