import { countTransfers } from "@/lib/game/transfers";
import type { Rules } from "@/lib/game/rules";

/** What the server knows about the player's locked rosters, for previewing the next stage's cost. */
export type TransferContext =
  | { kind: "unlimited" } // before the event's first lock
  | { kind: "first" } // the player's first locked roster: free
  | { kind: "closed" }
  | { kind: "counted"; previous: readonly string[]; bank: number; retired: readonly string[]; nextStageLabel: string };

export function TransferPreview({ context, picked, rules }: { context: TransferContext; picked: string[]; rules: Rules }) {
  if (context.kind === "closed") return null;
  if (context.kind === "unlimited") {
    return <p className="text-sm text-stone-700">Change freely until the first stage locks: transfers count after that.</p>;
  }
  if (context.kind === "first") {
    return <p className="text-sm text-stone-700">Your first roster is free of transfers.</p>;
  }
  const step = countTransfers({ previous: context.previous, next: picked, bank: context.bank, retired: context.retired, rules });
  const left = Math.max(0, step.available - step.transfers);
  return (
    <p className="text-sm" aria-live="polite">
      <span className="font-semibold">Transfers for {context.nextStageLabel}:</span> {step.transfers} used of {step.available} free
      {" · "}
      {left} left to bank (max {rules.maxBankedTransfers})
      {step.penalty > 0 ? <span className="font-semibold text-red-800"> · costs {step.penalty} points</span> : " · no penalty"}
    </p>
  );
}
