"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { savePodiumCallAction } from "@/lib/server/actions/play";
import type { FormAction } from "@/lib/server/form-action";
import type { ActionResult } from "@/lib/server/errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type CrewOption = { id: string; label: string; teamId: string; isRetired: boolean };
type Call = { p1: string; p2: string; p3: string; featuredBest: string } | null;

function CrewSelect({
  name,
  id,
  label,
  options,
  defaultValue,
  errors,
}: {
  name: string;
  id: string;
  label: string;
  options: CrewOption[];
  defaultValue?: string;
  errors?: string[];
}) {
  const t = useTranslations("play");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-stone-400 bg-white px-2 py-2"
      >
        <option value="" disabled>
          {t("callForm.choose")}
        </option>
        {options.map((crew) => (
          <option key={crew.id} value={crew.id} disabled={crew.isRetired}>
            {crew.label}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** One stage's podium call. Client groups: play.callForm. */
export function PodiumCallForm({
  eventSlug,
  stageNumber,
  stageLabel,
  crews,
  featuredTeamId,
  featuredTeamName,
  call,
  saveAction,
  hiddenFields,
}: {
  eventSlug: string;
  stageNumber: number;
  stageLabel: string;
  crews: CrewOption[];
  featuredTeamId: string | null;
  featuredTeamName: string | null;
  call: Call;
  /** Another save than the live event's (a replay run's), with the fields it needs in place of eventSlug. */
  saveAction?: FormAction;
  hiddenFields?: Record<string, string>;
}) {
  const t = useTranslations("play");
  // React resets a form after its action, to each select's first default. The selects are made anew
  // (keyed) with the call last sent as their defaults, so a refused call keeps its picks and a saved one
  // stays on screen.
  const [shown, setShown] = useState<Call>(call);
  const [result, action, isPending] = useActionState(async (previous: ActionResult | null, formData: FormData) => {
    const field = (name: string) => String(formData.get(name) ?? "");
    setShown({ p1: field("p1"), p2: field("p2"), p3: field("p3"), featuredBest: field("featuredBest") });
    return (saveAction ?? savePodiumCallAction)(previous, formData);
  }, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const featuredCrews = crews.filter((crew) => crew.teamId === featuredTeamId);
  return (
    <form action={action} className="space-y-3" aria-label={t("callForm.label", { stage: stageLabel })}>
      {Object.entries(hiddenFields ?? { eventSlug, stageNumber: String(stageNumber) }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div key={shown ? `${shown.p1}-${shown.p2}-${shown.p3}-${shown.featuredBest}` : "none"} className="grid gap-3 sm:grid-cols-4">
        <CrewSelect
          name="p1"
          id={`p1-${stageNumber}`}
          label={t("callForm.position", { stage: stageLabel, position: 1 })}
          options={crews}
          defaultValue={shown?.p1}
          errors={errors?.p1}
        />
        <CrewSelect
          name="p2"
          id={`p2-${stageNumber}`}
          label={t("callForm.position", { stage: stageLabel, position: 2 })}
          options={crews}
          defaultValue={shown?.p2}
          errors={errors?.p2}
        />
        <CrewSelect
          name="p3"
          id={`p3-${stageNumber}`}
          label={t("callForm.position", { stage: stageLabel, position: 3 })}
          options={crews}
          defaultValue={shown?.p3}
          errors={errors?.p3}
        />
        {featuredTeamId ? (
          <div className="space-y-1">
            <label htmlFor={`featured-${stageNumber}`} className="block text-sm font-semibold">
              {t("callForm.featured", { team: featuredTeamName ?? "none" })}
            </label>
            <select
              id={`featured-${stageNumber}`}
              name="featuredBest"
              defaultValue={shown?.featuredBest ?? ""}
              required
              className="block w-full rounded-md border border-stone-400 bg-white px-2 py-2"
            >
              <option value="" disabled>
                {t("callForm.choose")}
              </option>
              {featuredCrews.map((crew) => (
                <option key={crew.id} value={crew.id}>
                  {crew.label}
                </option>
              ))}
              <option value="none">{t("callForm.noneFinishes")}</option>
            </select>
            {errors?.featuredBest ? <p className="text-sm text-red-800">{errors.featuredBest.join(" ")}</p> : null}
          </div>
        ) : (
          <input type="hidden" name="featuredBest" value="none" />
        )}
      </div>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {call ? t("callForm.update") : t("callForm.save")}
      </Button>
    </form>
  );
}
