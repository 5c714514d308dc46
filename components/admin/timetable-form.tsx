"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { saveTimetableAction } from "@/lib/server/actions/admin-race-day";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export type TimetableStage = {
  id: number;
  version: number;
  title: string;
  isLocked: boolean;
  isCancelled: boolean;
  startsAtLocal: string;
  startTown: string;
  finishTown: string;
  specialKm: string;
  totalKm: string;
};

type Row = Pick<TimetableStage, "startsAtLocal" | "startTown" | "finishTown" | "specialKm" | "totalKm">;

const GRID = "grid grid-cols-2 gap-3 md:grid-cols-[minmax(8rem,1fr)_13rem_minmax(7rem,1fr)_minmax(7rem,1fr)_5.5rem_5.5rem] md:items-start";
const INPUT =
  "w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm font-normal read-only:bg-stone-100 aria-[invalid=true]:border-red-700";

/**
 * Every stage's start, route and distances as one form, saved at once. The rows are controlled, so
 * a refused save keeps what was typed; a locked stage's start is shown but cannot be edited.
 * Messages: admin.forms.timetable.
 */
export function TimetableForm({ eventId, stages, zoneLabel }: { eventId: number; stages: TimetableStage[]; zoneLabel: string }) {
  const [rows, setRows] = useState<Record<number, Row>>(() => Object.fromEntries(stages.map((stage) => [stage.id, { ...stage }])));
  const [result, action, isPending] = useActionState(saveTimetableAction, null);
  const t = useTranslations("admin.forms.timetable");
  const errors = (stageId: number) => (result && !result.ok ? result.fieldErrors?.[`stage-${stageId}`] : undefined);
  const update = (stageId: number, field: keyof Row, value: string) =>
    setRows((current) => ({ ...current, [stageId]: { ...current[stageId]!, [field]: value } }));

  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="eventId" value={eventId} />
      {/* Columns on wide screens; on a phone each stage is a card with its labels shown. */}
      <div role="group" aria-label={t("label")} className="rounded-lg border border-sand-200 bg-white">
        <div aria-hidden="true" className="hidden bg-sand-100 text-xs tracking-wide text-night-800 uppercase md:block">
          <div className={`${GRID} px-3 py-2`}>
            <span>{t("stage")}</span>
            <span>{t("startLocal", { zone: zoneLabel })}</span>
            <span>{t("startTown")}</span>
            <span>{t("finishTown")}</span>
            <span>{t("specialKm")}</span>
            <span>{t("totalKm")}</span>
          </div>
        </div>
        <div className="divide-y divide-sand-100">
          {stages.map((stage) => {
            const row = rows[stage.id]!;
            const problems = errors(stage.id);
            const errorId = `timetable-${stage.id}-error`;
            const field = (name: keyof Row, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
              <label className="block space-y-1 text-xs font-semibold md:space-y-0">
                <span className="md:sr-only">{name === "startsAtLocal" ? t("startLocal", { zone: zoneLabel }) : label}</span>
                <input
                  name={name}
                  aria-label={t("of", { field: label, stage: stage.title })}
                  value={row[name]}
                  onChange={(event) => update(stage.id, name, event.target.value)}
                  aria-invalid={problems ? true : undefined}
                  aria-describedby={problems ? errorId : undefined}
                  className={INPUT}
                  {...extra}
                />
              </label>
            );
            return (
              <div key={stage.id} className={`${GRID} px-3 py-3 ${problems ? "bg-red-50" : stage.isCancelled ? "text-stone-500" : ""}`}>
                <div className="col-span-2 text-sm font-semibold md:col-span-1">
                  <input type="hidden" name="stageId" value={stage.id} />
                  <input type="hidden" name="version" value={stage.version} />
                  {stage.title}
                  {stage.isLocked ? <span className="block text-xs font-normal text-stone-600">{t("locked")}</span> : null}
                  {stage.isCancelled ? <span className="block text-xs font-normal text-stone-600">{t("cancelled")}</span> : null}
                  {problems ? (
                    <span id={errorId} className="block text-xs font-medium text-red-800">
                      {problems.join(" ")}
                    </span>
                  ) : null}
                </div>
                <div className="col-span-2 md:col-span-1">
                  {field("startsAtLocal", t("start"), { type: "datetime-local", readOnly: stage.isLocked, dir: "ltr" })}
                </div>
                {field("startTown", t("startTown"), { maxLength: 80, dir: "auto" })}
                {field("finishTown", t("finishTown"), { maxLength: 80, dir: "auto" })}
                {field("specialKm", t("specialKm"), { inputMode: "numeric", dir: "ltr" })}
                {field("totalKm", t("totalKm"), { inputMode: "numeric", dir: "ltr" })}
              </div>
            );
          })}
        </div>
      </div>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
