import { resolveRules, type Chip } from "@/lib/game/rules";
import type { PlayerInput, ResultRow, ScoringInput } from "./input-schema";

export type ReferenceIssue = { path: (string | number)[]; message: string };

type Known = {
  crews: ReadonlySet<string>;
  chips: ReadonlySet<Chip>;
  stageIndex: ReadonlyMap<string, number>;
  retiredAfterIndex: ReadonlyMap<string, number>;
};

const quote = (value: string) => JSON.stringify(value);

/** Ids that appear more than once, reported at every repeat. */
function findRepeats(ids: readonly string[], path: (index: number) => ReferenceIssue["path"], what: string) {
  const seen = new Set<string>();
  const issues: ReferenceIssue[] = [];
  ids.forEach((value, index) => {
    if (seen.has(value)) issues.push({ path: path(index), message: `${what} ${quote(value)} is listed twice` });
    seen.add(value);
  });
  return issues;
}

function checkResults(rows: readonly ResultRow[], base: (string | number)[], known: Known, stageIndex: number | null) {
  const issues = findRepeats(
    rows.map((row) => row.crew),
    (i) => [...base, i, "crew"],
    "crew",
  );
  const byPosition = new Map<number, string>();
  rows.forEach((row, i) => {
    if (!known.crews.has(row.crew)) issues.push({ path: [...base, i, "crew"], message: `unknown crew ${quote(row.crew)}` });
    if (row.position != null) {
      const holder = byPosition.get(row.position);
      if (holder !== undefined) {
        issues.push({
          path: [...base, i, "position"],
          message: `two finishers on position ${row.position}: ${quote(holder)} and ${quote(row.crew)}`,
        });
      } else byPosition.set(row.position, row.crew);
    }
    const retiredAfter = known.retiredAfterIndex.get(row.crew);
    if (stageIndex !== null && retiredAfter !== undefined && stageIndex > retiredAfter && row.status === "FINISHED") {
      issues.push({ path: [...base, i, "status"], message: `crew ${quote(row.crew)} retired before this stage and cannot finish it` });
    }
  });
  return issues;
}

function checkStageRef(stage: string, path: ReferenceIssue["path"], known: Known): ReferenceIssue[] {
  return known.stageIndex.has(stage) ? [] : [{ path, message: `unknown stage ${quote(stage)}` }];
}

function checkCrewRefs(crews: readonly string[], path: (index: number) => ReferenceIssue["path"], known: Known) {
  return crews.flatMap((crew, index) => (known.crews.has(crew) ? [] : [{ path: path(index), message: `unknown crew ${quote(crew)}` }]));
}

function checkPlayer(player: PlayerInput, p: number, known: Known): ReferenceIssue[] {
  const base = ["players", p];
  const issues: ReferenceIssue[] = [];
  issues.push(
    ...findRepeats(
      player.rosters.map((entry) => entry.stage),
      (j) => [...base, "rosters", j, "stage"],
      "roster entry for stage",
    ),
  );
  player.rosters.forEach((entry, j) => {
    const at = [...base, "rosters", j];
    issues.push(...checkStageRef(entry.stage, [...at, "stage"], known));
    issues.push(...checkCrewRefs(entry.crews, (k) => [...at, "crews", k], known));
    issues.push(...findRepeats(entry.crews, (k) => [...at, "crews", k], "crew"));
    if (entry.chip !== undefined && !known.chips.has(entry.chip)) {
      issues.push({ path: [...at, "chip"], message: `chip ${quote(entry.chip)} is not offered by this event's rules` });
    }
    if (!entry.crews.includes(entry.captain)) {
      issues.push({
        path: [...at, "captain"],
        message: `captain ${quote(entry.captain)} is not in the roster [${entry.crews.map(quote).join(", ")}]`,
      });
    }
  });
  const playedChips = new Set<Chip>();
  player.rosters.forEach((entry, j) => {
    if (entry.chip === undefined) return;
    if (playedChips.has(entry.chip)) {
      issues.push({
        path: [...base, "rosters", j, "chip"],
        message: `chip ${quote(entry.chip)} is played twice: each chip once per event`,
      });
    }
    playedChips.add(entry.chip);
  });
  issues.push(
    ...findRepeats(
      player.predictions.map((call) => call.stage),
      (j) => [...base, "predictions", j, "stage"],
      "prediction for stage",
    ),
  );
  player.predictions.forEach((call, j) => {
    const at = [...base, "predictions", j];
    issues.push(...checkStageRef(call.stage, [...at, "stage"], known));
    if (call.podium.length !== 3) {
      issues.push({ path: [...at, "podium"], message: `must name three distinct crews (P1, P2, P3), got ${call.podium.length}` });
    }
    issues.push(...checkCrewRefs(call.podium, (k) => [...at, "podium", k], known));
    issues.push(...findRepeats(call.podium, (k) => [...at, "podium", k], "podium crew"));
    if (call.featuredBest !== null && !known.crews.has(call.featuredBest)) {
      issues.push({ path: [...at, "featuredBest"], message: `unknown crew ${quote(call.featuredBest)}` });
    }
  });
  return issues;
}

/** Every broken reference in a structurally valid input, each with the path of the field at fault. */
export function findReferenceIssues(input: ScoringInput): ReferenceIssue[] {
  const stageIndex = new Map<string, number>();
  input.stages.forEach((stage, index) => {
    if (!stageIndex.has(stage.id)) stageIndex.set(stage.id, index);
  });
  const retiredAfterIndex = new Map<string, number>();
  for (const crew of input.crews) {
    const index = crew.retiredAfter == null ? undefined : stageIndex.get(crew.retiredAfter);
    if (index !== undefined) retiredAfterIndex.set(crew.id, index);
  }
  const known: Known = {
    crews: new Set(input.crews.map((crew) => crew.id)),
    chips: new Set(resolveRules(input.rules).chips),
    stageIndex,
    retiredAfterIndex,
  };

  const issues = [
    ...findRepeats(
      input.crews.map((crew) => crew.id),
      (i) => ["crews", i, "id"],
      "crew",
    ),
    ...input.crews.flatMap((crew, i) =>
      crew.retiredAfter == null ? [] : checkStageRef(crew.retiredAfter, ["crews", i, "retiredAfter"], known),
    ),
    ...findRepeats(
      input.stages.map((stage) => stage.id),
      (i) => ["stages", i, "id"],
      "stage",
    ),
    ...input.stages.flatMap((stage, i) => (stage.results === null ? [] : checkResults(stage.results, ["stages", i, "results"], known, i))),
    ...(input.final === null ? [] : checkResults(input.final, ["final"], known, null)),
    ...findRepeats(
      input.players.map((player) => player.id),
      (i) => ["players", i, "id"],
      "player",
    ),
  ];
  input.players.forEach((player, p) => issues.push(...checkPlayer(player, p, known)));
  return issues;
}
