import { z } from "zod";
import { CHIPS, ruleOverridesSchema } from "@/lib/game/rules";
import { findReferenceIssues } from "./reference-checks";

const id = z.string().min(1, "must not be empty");

export const finishStatusSchema = z.enum(["FINISHED", "DNF", "DSQ", "DNS"]);

/** One crew's line in a stage result or the final classification; a FINISHED crew may lack a known position. */
export const resultRowSchema = z
  .object({
    crew: id,
    status: finishStatusSchema,
    position: z.number().int().min(1).max(10_000).nullable().optional(),
  })
  .refine((row) => row.status === "FINISHED" || row.position == null, {
    message: "only a FINISHED crew has a position",
    path: ["position"],
  });

const resultsSchema = z.array(resultRowSchema).max(10_000);

const crewSchema = z.object({
  id,
  team: id,
  /** The last stage the crew raced; it scores nothing after it. */
  retiredAfter: id.nullable().optional(),
});

const stageSchema = z.object({ id, results: resultsSchema.nullable() });

const rosterEntrySchema = z.object({
  stage: id,
  crews: z.array(id).max(100),
  captain: id,
  /** A chip played with this roster, acting on this stage only. */
  chip: z.enum(CHIPS, { error: `must be one of ${CHIPS.join(", ")}` }).optional(),
});

const predictionSchema = z.object({
  stage: id,
  podium: z.array(id).max(100),
  /** null calls "none of the featured team's crews finishes". */
  featuredBest: id.nullable(),
});

const playerSchema = z.object({
  id,
  /** The player's first roster save: tie order within a rank. */
  joinedAt: z.iso.datetime({ offset: true, error: "must be an ISO date-time with a zone, e.g. 2026-01-02T10:00:00Z" }),
  rosters: z.array(rosterEntrySchema).max(1_000).default([]),
  predictions: z.array(predictionSchema).max(1_000).default([]),
});

/** A final classification row with a `position` and no `status` is FINISHED (DESIGN's scoring contract). */
const finalRowSchema = z.preprocess(
  (row) =>
    row !== null && typeof row === "object" && !("status" in row) && "position" in row && row.position != null
      ? { ...row, status: "FINISHED" }
      : row,
  resultRowSchema,
);

// `final` takes the classification rows or `{ results }` like a stage; null means not published.
const finalSchema = z.preprocess(
  (value) => (value !== null && typeof value === "object" && !Array.isArray(value) && "results" in value ? value.results : value),
  z.array(finalRowSchema).max(10_000).nullable(),
);

const structureSchema = z.object({
  rules: ruleOverridesSchema.optional(),
  featuredTeam: id.nullable().optional(),
  crews: z.array(crewSchema).max(10_000),
  stages: z.array(stageSchema).max(1_000),
  final: finalSchema.optional().transform((value) => value ?? null),
  players: z.array(playerSchema).max(1_000_000),
});

/**
 * The scoring contract's input (DESIGN.md). Structure first; once that holds, every reference is checked
 * (crews, stages, captains, podiums, positions) with an issue path pointing at the offending field.
 */
export const scoringInputSchema = structureSchema.superRefine((input, ctx) => {
  for (const issue of findReferenceIssues(input)) ctx.addIssue({ code: "custom", ...issue });
});

/** Input as a caller writes it (`rosters`, `predictions` and `final` may be left out). */
export type ScoringInputDraft = z.input<typeof scoringInputSchema>;
export type ScoringInput = z.output<typeof scoringInputSchema>;
export type ResultRow = z.output<typeof resultRowSchema>;
export type FinishStatus = z.output<typeof finishStatusSchema>;
export type RosterEntry = ScoringInput["players"][number]["rosters"][number];
export type Prediction = ScoringInput["players"][number]["predictions"][number];
export type PlayerInput = ScoringInput["players"][number];
