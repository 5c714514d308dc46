"use client";

import { useActionState, useState } from "react";
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

const INPUT = "w-full rounded border border-stone-400 bg-white px-2 py-1 read-only:bg-stone-100 aria-[invalid=true]:border-red-700";

/**
 * Every stage's start, route and distances as one form, saved at once. The rows are controlled, so
 * a refused save keeps what was typed; a locked stage's start is shown but cannot be edited.
 */
export function TimetableForm({ eventId, stages, zoneLabel }: { eventId: number; stages: TimetableStage[]; zoneLabel: string }) {
  const [rows, setRows] = useState<Record<number, Row>>(() => Object.fromEntries(stages.map((stage) => [stage.id, { ...stage }])));
  const [result, action, isPending] = useActionState(saveTimetableAction, null);
  const errors = (stageId: number) => (result && !result.ok ? result.fieldErrors?.[`stage-${stageId}`] : undefined);
  const update = (stageId: number, field: keyof Row, value: string) =>
    setRows((current) => ({ ...current, [stageId]: { ...current[stageId]!, [field]: value } }));

  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="eventId" value={eventId} />
      <div className="overflow-x-auto rounded-lg border border-sand-200 bg-white">
        <table className="w-full min-w-[52rem] text-left text-sm">
          <caption className="sr-only">Timetable: start, route and distances of every stage</caption>
          <thead className="bg-sand-100 text-xs tracking-wide text-night-800 uppercase">
            <tr>
              <th scope="col" className="px-2 py-2">
                Stage
              </th>
              <th scope="col" className="px-2 py-2">
                Start, local ({zoneLabel})
              </th>
              <th scope="col" className="px-2 py-2">
                Start town
              </th>
              <th scope="col" className="px-2 py-2">
                Finish town
              </th>
              <th scope="col" className="px-2 py-2">
                Special km
              </th>
              <th scope="col" className="px-2 py-2">
                Total km
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-sand-100">
            {stages.map((stage) => {
              const row = rows[stage.id]!;
              const problems = errors(stage.id);
              const errorId = `timetable-${stage.id}-error`;
              const field = (name: keyof Row, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
                <input
                  name={name}
                  aria-label={`${label} of ${stage.title}`}
                  value={row[name]}
                  onChange={(event) => update(stage.id, name, event.target.value)}
                  aria-invalid={problems ? true : undefined}
                  aria-describedby={problems ? errorId : undefined}
                  className={INPUT}
                  {...extra}
                />
              );
              return (
                <tr key={stage.id} className={problems ? "bg-red-50" : stage.isCancelled ? "text-stone-500" : undefined}>
                  <th scope="row" className="px-2 py-2 align-top font-semibold">
                    <input type="hidden" name="stageId" value={stage.id} />
                    <input type="hidden" name="version" value={stage.version} />
                    {stage.title}
                    {stage.isLocked ? <span className="block text-xs font-normal text-stone-600">Locked: start fixed</span> : null}
                    {stage.isCancelled ? <span className="block text-xs font-normal text-stone-600">Cancelled</span> : null}
                    {problems ? (
                      <span id={errorId} className="block max-w-56 text-xs font-medium text-red-800">
                        {problems.join(" ")}
                      </span>
                    ) : null}
                  </th>
                  <td className="px-2 py-2 align-top">
                    {field("startsAtLocal", "Start", { type: "datetime-local", readOnly: stage.isLocked })}
                  </td>
                  <td className="px-2 py-2 align-top">{field("startTown", "Start town", { maxLength: 80 })}</td>
                  <td className="px-2 py-2 align-top">{field("finishTown", "Finish town", { maxLength: 80 })}</td>
                  <td className="px-2 py-2 align-top">
                    {field("specialKm", "Special km", { inputMode: "numeric", className: `${INPUT} w-20` })}
                  </td>
                  <td className="px-2 py-2 align-top">
                    {field("totalKm", "Total km", { inputMode: "numeric", className: `${INPUT} w-20` })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        Save the timetable
      </Button>
    </form>
  );
}
