import { z } from "zod";

/** The chips (DESIGN.md, "Chips"): each played at most once per event, on one stage. */
export const CHIPS = ["JOKER", "WILDCARD", "SHIELD"] as const;
export type Chip = (typeof CHIPS)[number];

/** The game's default rules (DESIGN.md); an event may override any of them. */
export const DEFAULT_RULES = {
  rosterSize: 3,
  budget: 100,
  maxPerTeam: 2,
  minFeatured: 1,
  captainMultiplier: 2,
  stagePoints: [25, 18, 15, 12, 10, 8, 6, 4, 2, 1],
  dnfPenalty: -5,
  finalPoints: [50, 36, 30, 24, 20, 16, 12, 8, 4, 2],
  exactPodium: 10,
  podiumWrongSlot: 4,
  perfectPodiumBonus: 15,
  featuredBest: 5,
  freeTransfersPerStage: 1,
  maxBankedTransfers: 2,
  transferPenalty: 10,
  jokerMultiplier: 2,
  chips: CHIPS,
} as const satisfies Rules;

const points = z.array(z.number().int().min(0).max(1000)).min(1).max(100);
const count = z.number().int().min(0).max(50);

/** Rule overrides as stored on an event or given to the scoring contract: every key optional. */
export const ruleOverridesSchema = z
  .object({
    rosterSize: z.number().int().min(1).max(20),
    budget: z.number().int().min(1).max(100_000),
    maxPerTeam: z.number().int().min(1).max(20),
    minFeatured: count,
    captainMultiplier: z.number().int().min(1).max(10),
    stagePoints: points,
    dnfPenalty: z.number().int().min(-1000).max(0),
    finalPoints: points,
    exactPodium: count,
    podiumWrongSlot: count,
    perfectPodiumBonus: z.number().int().min(0).max(1000),
    featuredBest: count,
    freeTransfersPerStage: count,
    maxBankedTransfers: count,
    transferPenalty: z.number().int().min(0).max(1000),
    jokerMultiplier: z.number().int().min(1).max(10),
    chips: z
      .array(z.enum(CHIPS, { error: `must be one of ${CHIPS.join(", ")}` }))
      .max(CHIPS.length)
      .refine((chips) => new Set(chips).size === chips.length, "lists a chip twice"),
  })
  .partial()
  .strict();

export type RuleOverrides = z.infer<typeof ruleOverridesSchema>;

export type Rules = {
  rosterSize: number;
  budget: number;
  maxPerTeam: number;
  minFeatured: number;
  captainMultiplier: number;
  stagePoints: readonly number[];
  dnfPenalty: number;
  finalPoints: readonly number[];
  exactPodium: number;
  podiumWrongSlot: number;
  perfectPodiumBonus: number;
  featuredBest: number;
  freeTransfersPerStage: number;
  maxBankedTransfers: number;
  transferPenalty: number;
  /** The Joker multiplies a stage's roster points (after the captain) by this. */
  jokerMultiplier: number;
  /** The chips the event offers (all by default; an event may offer fewer or none). */
  chips: readonly Chip[];
};

/** The defaults with an event's (already validated) overrides applied. */
export function resolveRules(overrides: RuleOverrides = {}): Rules {
  return { ...DEFAULT_RULES, ...overrides };
}
