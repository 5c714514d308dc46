"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { checkRoster } from "@/lib/game/roster";
import type { Rules } from "@/lib/game/rules";
import type { ActionResult } from "@/lib/server/errors";
import type { FormAction } from "@/lib/server/form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { NationalityFlag } from "@/components/crews/nationality-flag";
import { BudgetBar } from "./budget-bar";
import { RuleChecklist } from "./rule-checklist";
import { TransferPreview, type TransferContext } from "./transfer-preview";
import { ChipPicker, type ChipState } from "./chip-picker";
import { postRoster } from "./post-roster";
import type { PlayCrew } from "./play-types";

type Props = {
  eventSlug: string;
  crews: PlayCrew[];
  rules: Rules;
  featuredTeamId: string | null;
  featuredTeamName: string | null;
  initialCrewIds: string[];
  initialCaptainId: string | null;
  transferContext: TransferContext;
  chips: ChipState;
  /** The stage the roster being saved is for (null: every stage has started). */
  nextStageLabel: string | null;
  /** The chips' explanation, when it differs from the live event's (a replay run's). */
  chipsIntro?: string;
  isClosed: boolean;
  /** Another save than the live event's (a replay run's), with the fields it needs in place of eventSlug. */
  saveAction?: FormAction;
  hiddenFields?: Record<string, string>;
};

/**
 * Picks the roster with the rules checked as the player goes.
 * Client groups: play.builder, play.budget, play.rules, play.problems, play.transfers, play.chips, common.crew.
 */
export function RosterBuilder(props: Props) {
  const t = useTranslations("play");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const { crews, rules, featuredTeamId, featuredTeamName, initialCrewIds, transferContext } = props;
  const [picked, setPicked] = useState<string[]>(initialCrewIds);
  const [captainId, setCaptainId] = useState<string | null>(props.initialCaptainId);
  // The last saved roster's crews (kept crews pass rules that new picks must meet): the save's answer
  // carries no page, so a successful save updates them here.
  const [savedCrewIds, setSavedCrewIds] = useState<string[]>(initialCrewIds);
  const [result, action, isPending] = useActionState(async (previous: ActionResult | null, formData: FormData) => {
    const saved = props.saveAction
      ? await props.saveAction(previous, formData)
      : await postRoster(props.eventSlug, formData, locale, t("builder.saveFailed"));
    if (saved.ok) setSavedCrewIds(formData.getAll("crewId").map(String));
    return saved;
  }, null);
  const check = checkRoster({ crewIds: picked, captainId }, crews, rules, featuredTeamId, savedCrewIds);
  const isFull = picked.length >= rules.rosterSize;

  // Submitted by hand rather than with `action`: React resets a form after its action, which
  // unchecked the captain and the chip on screen (and so in the next save) while the picks stayed.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  }

  function toggle(crewId: string) {
    setPicked((current) => (current.includes(crewId) ? current.filter((id) => id !== crewId) : [...current, crewId]));
    if (captainId === crewId) setCaptainId(null);
  }

  return (
    <form onSubmit={submit} className="space-y-5">
      {Object.entries(props.hiddenFields ?? { eventSlug: props.eventSlug }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {picked.map((crewId) => (
        <input key={crewId} type="hidden" name="crewId" value={crewId} />
      ))}
      {captainId ? <input type="hidden" name="captainId" value={captainId} /> : null}

      <div className="sticky top-0 z-10 space-y-3 rounded-lg border border-sand-200 bg-white/95 p-4 shadow-sm backdrop-blur">
        <BudgetBar cost={check.cost} budget={rules.budget} />
        <RuleChecklist rules={rules} problems={check.problems} featuredTeamName={featuredTeamName} />
        <TransferPreview context={transferContext} picked={picked} rules={rules} />
      </div>

      <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("builder.crews")}>
        {crews.map((crew) => {
          const isPicked = picked.includes(crew.id);
          const isCaptain = captainId === crew.id;
          return (
            <li
              key={crew.id}
              className={`rounded-lg border bg-white p-3 ${isPicked ? "border-dune-600 ring-2 ring-dune-600" : "border-sand-200"}`}
            >
              <div className="flex items-start justify-between gap-2">
                <div>
                  <p className="font-semibold">
                    <span className="font-mono" dir="ltr">
                      {crew.number === null ? "#—" : tCommon("crew.number", { number: crew.number })}
                    </span>{" "}
                    {crew.driver} <NationalityFlag code={crew.driverNationality} />
                  </p>
                  <p className="text-sm text-stone-700">
                    {crew.coDriver ? (
                      <>
                        {t("builder.with", { name: crew.coDriver })} <NationalityFlag code={crew.coDriverNationality} />
                        {" · "}
                      </>
                    ) : null}
                    {crew.teamName}
                    {crew.teamId === featuredTeamId ? <> {"★"}</> : null}
                  </p>
                  <p className="text-sm text-stone-700">{crew.vehicle ?? ""}</p>
                  {crew.isRetired ? <p className="text-sm font-semibold text-red-800">{t("builder.retired")}</p> : null}
                </div>
                <p className="font-bold whitespace-nowrap">{t("builder.price", { price: crew.price })}</p>
              </div>
              <div className="mt-2 flex flex-wrap gap-2">
                <Button
                  variant={isPicked ? "secondary" : "primary"}
                  aria-pressed={isPicked}
                  disabled={props.isClosed || (!isPicked && isFull) || (!isPicked && crew.isRetired)}
                  onClick={() => toggle(crew.id)}
                  className="min-h-9 px-3 py-1 text-sm"
                >
                  {isPicked ? t("builder.remove") : t("builder.pick")}
                  <span className="sr-only"> {crew.driver}</span>
                </Button>
                {isPicked ? (
                  <label className="inline-flex items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name="captain-choice"
                      checked={isCaptain}
                      onChange={() => setCaptainId(crew.id)}
                      className="size-4 accent-dune-700"
                    />
                    {t("builder.captain")}
                    <span className="sr-only"> {crew.driver}</span>
                  </label>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>

      {props.nextStageLabel ? (
        <ChipPicker
          chips={props.chips}
          rules={rules}
          nextStageLabel={props.nextStageLabel}
          intro={props.chipsIntro}
          disabled={props.isClosed}
        />
      ) : null}
      <FormMessage result={result} />
      <Button type="submit" disabled={props.isClosed || isPending} className="w-full sm:w-auto">
        {isPending ? t("builder.saving") : t("builder.save")}
      </Button>
    </form>
  );
}
