import { useTranslations } from "next-intl";
import { countTransfers } from "@/lib/game/transfers";
import type { Rules } from "@/lib/game/rules";

/** What the server knows about the player's locked rosters, for previewing the next stage's cost. */
export type TransferContext =
  | { kind: "unlimited" } // before the event's first lock
  | { kind: "first" } // the player's first locked roster: free
  | { kind: "closed" }
  | { kind: "counted"; previous: readonly string[]; bank: number; retired: readonly string[]; nextStageLabel: string };

/** The next stage's transfers as the player picks. Client groups: play.transfers. */
export function TransferPreview({ context, picked, rules }: { context: TransferContext; picked: string[]; rules: Rules }) {
  const t = useTranslations("play");
  if (context.kind === "closed") return null;
  if (context.kind === "unlimited") {
    return <p className="text-sm text-stone-700">{t("transfers.unlimited")}</p>;
  }
  if (context.kind === "first") {
    return <p className="text-sm text-stone-700">{t("transfers.first")}</p>;
  }
  const step = countTransfers({ previous: context.previous, next: picked, bank: context.bank, retired: context.retired, rules });
  const left = Math.max(0, step.available - step.transfers);
  return (
    <p className="text-sm" aria-live="polite">
      <span className="font-semibold">{t("transfers.heading", { stage: context.nextStageLabel })}</span>{" "}
      {t("transfers.used", { used: step.transfers, available: step.available })}
      {" · "}
      {t("transfers.bank", { left, max: rules.maxBankedTransfers })}
      {" · "}
      {step.penalty > 0 ? (
        <span className="font-semibold text-red-800">{t("transfers.penalty", { penalty: step.penalty })}</span>
      ) : (
        t("transfers.noPenalty")
      )}
    </p>
  );
}
