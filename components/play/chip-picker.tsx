"use client";

import { useTranslations } from "next-intl";
import type { Chip, Rules } from "@/lib/game/rules";

export type ChipState = {
  /** The chips the event offers. */
  offered: readonly Chip[];
  /** Chips already used, with the stage each acted on. */
  played: { chip: Chip; stageNumber: number }[];
  /** The chip saved with the latest roster for the next stage, if any. */
  pending: Chip | null;
};

type Props = {
  chips: ChipState;
  rules: Pick<Rules, "jokerMultiplier" | "dnfPenalty">;
  /** "Stage 4: name": the stage a chip played now acts on. */
  nextStageLabel: string;
  /** The explanation above the chips, when it differs from the live event's (a replay run's). */
  intro?: string;
  disabled: boolean;
};

/**
 * The chip played with the roster being saved (a radio group named "chip", sent with the roster).
 * Client group: play.chips.
 */
export function ChipPicker({ chips, rules, nextStageLabel, intro, disabled }: Props) {
  const t = useTranslations("play.chips");
  if (chips.offered.length === 0) return null;
  const playedOn = new Map(chips.played.map((entry) => [entry.chip, entry.stageNumber]));
  // Literal keys, one per chip, so the message-key test sees each one used.
  const text: Record<Chip, { name: string; description: string }> = {
    JOKER: { name: t("JOKER"), description: t("JOKER_desc", { multiplier: rules.jokerMultiplier }) },
    WILDCARD: { name: t("WILDCARD"), description: t("WILDCARD_desc") },
    SHIELD: { name: t("SHIELD"), description: t("SHIELD_desc", { penalty: rules.dnfPenalty }) },
  };
  return (
    <fieldset className="space-y-2 rounded-lg border border-sand-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t("heading")}</legend>
      <p className="text-sm text-stone-700">{intro ?? t("intro", { stage: nextStageLabel })}</p>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="radio"
          name="chip"
          value=""
          defaultChecked={chips.pending === null}
          disabled={disabled}
          className="mt-1 size-4 accent-dune-700"
        />
        <span className="font-medium">{t("none")}</span>
      </label>
      {chips.offered.map((chip) => {
        const stageNumber = playedOn.get(chip);
        const isPlayed = stageNumber !== undefined;
        return (
          <label key={chip} className={`flex items-start gap-2 text-sm ${isPlayed ? "text-stone-500" : ""}`}>
            <input
              type="radio"
              name="chip"
              value={chip}
              defaultChecked={chips.pending === chip}
              disabled={disabled || isPlayed}
              className="mt-1 size-4 accent-dune-700"
            />
            <span>
              <span className="font-medium">{text[chip].name}</span>: {text[chip].description}
              {isPlayed ? (
                <span className="block text-stone-600">
                  {t("played", { stage: stageNumber === 0 ? "prologue" : "numbered", number: stageNumber })}
                </span>
              ) : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
