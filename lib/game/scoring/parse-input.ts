import type { z } from "zod";
import { scoringInputSchema, type ScoringInput } from "./input-schema";

export type ParseScoringInputResult = { ok: true; value: ScoringInput } | { ok: false; errors: string[] };

function pick(value: unknown, key: string | number): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(input)";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join("");
}

/** "player "alice", stage "S1", field players[0].rosters[0].captain": whatever of the three the path reaches. */
function describeLocation(raw: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const [top, index, list, entry] = path;
  if (top === "players" && typeof index === "number") {
    const player = pick(pick(raw, "players"), index);
    const playerId = pick(player, "id");
    parts.push(`player ${typeof playerId === "string" ? JSON.stringify(playerId) : `#${index}`}`);
    if ((list === "rosters" || list === "predictions") && typeof entry === "number") {
      const stage = pick(pick(pick(player, list), entry), "stage");
      if (typeof stage === "string") parts.push(`stage ${JSON.stringify(stage)}`);
    }
  } else if (top === "stages" && typeof index === "number") {
    const stage = pick(pick(pick(raw, "stages"), index), "id");
    parts.push(typeof stage === "string" ? `stage ${JSON.stringify(stage)}` : `stage #${index}`);
  } else if (top === "final") {
    parts.push("final classification");
  }
  parts.push(`field ${formatPath(path)}`);
  return parts.join(", ");
}

/** One line per issue, naming the player, the stage and the field wherever the issue has them. */
export function formatScoringIssues(raw: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${describeLocation(raw, issue.path)}: ${issue.message}`);
}

/** Validates untrusted JSON (already parsed) against the scoring contract. */
export function parseScoringInput(json: unknown): ParseScoringInputResult {
  const parsed = scoringInputSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: formatScoringIssues(json, parsed.error.issues) };
}
