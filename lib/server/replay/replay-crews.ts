import "server-only";
import { AppError } from "@/lib/server/errors";
import { checkRoster } from "@/lib/game/roster";
import { listCrewsOutBefore } from "@/lib/game/replay";
import { describeRosterProblem } from "@/lib/i18n/roster-problems";
import { msg, type Translate } from "@/lib/i18n/translate";
import type { Chip } from "@/lib/game/rules";
import type { LoadedReplayEvent } from "./load-replay-event";

/**
 * The field as it stood when stage `stageNumber` started: a crew is retired for the run's stage only
 * if it had retired after an earlier stage, as in the live event (not because it is retired today).
 */
export function fieldAtStage(loaded: LoadedReplayEvent, stageNumber: number) {
  const out = new Set(listCrewsOutBefore(loaded.engine.crews, stageNumber));
  return loaded.event.crews.map((crew) => ({ ...crew, isRetired: out.has(crew.id) }));
}

/**
 * The live game's roster rules (lib/game/roster) for a run's stage: `kept` are the crews of the last
 * revealed roster, which may stay even if they have retired since. Throws INVALID with every broken
 * rule, per field, in `translate`'s language.
 */
export function requireValidReplayRoster(
  loaded: LoadedReplayEvent,
  stageNumber: number,
  roster: { crewIds: readonly string[]; captainId: string },
  kept: readonly string[],
  translate: Translate,
) {
  const featuredTeamId = loaded.event.featuredTeamId === null ? null : String(loaded.event.featuredTeamId);
  const check = checkRoster(roster, fieldAtStage(loaded, stageNumber), loaded.event.rules, featuredTeamId, kept);
  if (check.problems.length === 0) return check;
  const describe = (problem: (typeof check.problems)[number]) => describeRosterProblem(problem, translate);
  throw new AppError("INVALID", check.problems.map(describe).join(" "), {
    crewIds: check.problems.filter((problem) => problem.code !== "CAPTAIN").map(describe),
    captainId: check.problems.filter((problem) => problem.code === "CAPTAIN").map(describe),
  });
}

/**
 * A chip for the run's open stage: one the event offers, not played on a revealed stage of this run
 * (each chip once per run, as once per event live). Throws INVALID on the form's chip field.
 */
export function requireReplayChip(
  loaded: LoadedReplayEvent,
  revealed: readonly { stageNumber: number; chip?: Chip | null }[],
  chip: Chip | null,
  translate: Translate,
) {
  if (chip === null) return;
  const refuse = (message: string): never => {
    throw new AppError("INVALID", message, { chip: [message] });
  };
  if (!loaded.event.rules.chips.includes(chip)) refuse(translate(msg("play.chips.notOffered")));
  const played = revealed.find((pick) => pick.chip === chip);
  if (played) {
    refuse(
      translate(msg("replay.action.chipPlayed"), {
        stage: played.stageNumber === 0 ? "prologue" : "numbered",
        number: played.stageNumber,
      }),
    );
  }
}
