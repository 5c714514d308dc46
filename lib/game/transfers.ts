import type { Rules } from "@/lib/game/rules";

/** The rules transfer accounting reads; a full `Rules` fits. */
export type TransferRules = Pick<Rules, "freeTransfersPerStage" | "maxBankedTransfers" | "transferPenalty">;

export type TransferStepInput = {
  /** Crews of the previous locked roster; null when this is the player's first locked roster. */
  previous: readonly string[] | null;
  /** Crews of the roster locked for this stage. */
  next: readonly string[];
  /** Free transfers banked after the previous locked roster (0 before any). */
  bank: number;
  /**
   * Crews already out of the rally when this stage starts (their `retiredAfter` stage comes before it).
   * Only those that were in `previous` and are dropped from `next` matter.
   */
  retired: Iterable<string>;
  /** The Wildcard chip: this stage's transfers are free and the bank carries on as if none were made. */
  isWildcard?: boolean;
  rules: TransferRules;
};

export type TransferStep = {
  /** Incoming crews that count as transfers (retired swap-outs excluded). */
  transfers: number;
  /** Free transfers this stage offered: min(maxBankedTransfers, bank + freeTransfersPerStage). */
  available: number;
  /** Points charged on this stage, as a positive number. */
  penalty: number;
  bankAfter: number;
};

const FIRST_ROSTER: TransferStep = { transfers: 0, available: 0, penalty: 0, bankAfter: 0 };

/**
 * Transfer accounting for one locked roster against the one before it.
 *
 * A crew in `next` but not in `previous` is incoming. Each retired crew dropped from the roster frees one
 * incoming crew, so replacing a crew that is out of the rally costs nothing; dropping a retired crew
 * without replacing it frees nothing else. Dropping a crew on the very stage it retired after is not free:
 * it was still racing that stage.
 *
 * The first locked roster counts nothing (changes before the first lock are unlimited) and starts an
 * empty bank.
 */
export function countTransfers({ previous, next, bank, retired, isWildcard = false, rules }: TransferStepInput): TransferStep {
  if (previous === null) return FIRST_ROSTER;
  const before = new Set(previous);
  const after = new Set(next);
  const incoming = [...after].filter((crew) => !before.has(crew)).length;
  const retiredSet = new Set(retired);
  const retiredDropped = [...before].filter((crew) => retiredSet.has(crew) && !after.has(crew)).length;
  const transfers = Math.max(0, incoming - retiredDropped);
  const available = Math.min(rules.maxBankedTransfers, bank + rules.freeTransfersPerStage);
  if (isWildcard) return { transfers, available, penalty: 0, bankAfter: available };
  return {
    transfers,
    available,
    penalty: Math.max(0, transfers - available) * rules.transferPenalty,
    bankAfter: Math.max(0, available - transfers),
  };
}

export type TransferHistoryEntry = {
  crews: readonly string[];
  /** Crews already out of the rally when this entry's stage starts (see `TransferStepInput.retired`). */
  retired: Iterable<string>;
  isWildcard?: boolean;
};

/**
 * Transfer accounting for a player's locked rosters in stage order, one step per entry.
 * The bank moves from entry to entry only: a stage without a new entry neither adds nor spends.
 */
export function countTransferHistory(entries: readonly TransferHistoryEntry[], rules: TransferRules): TransferStep[] {
  const steps: TransferStep[] = [];
  let previous: readonly string[] | null = null;
  let bank = 0;
  for (const entry of entries) {
    const step = countTransfers({ previous, next: entry.crews, bank, retired: entry.retired, isWildcard: entry.isWildcard, rules });
    steps.push(step);
    previous = entry.crews;
    bank = step.bankAfter;
  }
  return steps;
}
