"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { parseResultsCsv, type ResultEntry } from "@/lib/game/results-csv";
import { wordCsvMessage } from "@/lib/i18n/csv-messages";
import type { MessageKey } from "@/lib/i18n/messages";
import { isPublished as isPublishedStatus, type ResultsStatus } from "@/lib/game/results-status";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/server/errors";
import { formatStageTime } from "@/lib/format/duration";

export type GridCrew = { id: number; number: number | null; driver: string; teamName: string };
type Cell = { position: string; time: string; penalty: string; status: string };
type Props = {
  crews: GridCrew[];
  initialRows: ResultEntry[];
  status: ResultsStatus | null;
  version: number;
  target: { name: "stageId" | "eventId"; id: number };
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  showPenalty: boolean;
};

const toCell = (row: ResultEntry | undefined): Cell => ({
  position: row?.position?.toString() ?? "",
  time: row?.timeSeconds != null ? formatStageTime(row.timeSeconds) : "",
  penalty: row?.penaltySeconds ? formatStageTime(row.penaltySeconds) : "",
  status: row?.status ?? "",
});

/** The results of every crew as a grid, filled by hand or from a pasted CSV, saved as one form. Messages: admin.forms.results, admin.csv. */
export function ResultsGrid({ crews, initialRows, status, version, target, action, showPenalty }: Props) {
  const byCrew = new Map(initialRows.map((row) => [row.crewId, row]));
  const [cells, setCells] = useState<Record<number, Cell>>(() =>
    Object.fromEntries(crews.map((crew) => [crew.id, toCell(byCrew.get(crew.id))])),
  );
  const [csv, setCsv] = useState("");
  const [csvErrors, setCsvErrors] = useState<string[]>([]);
  const [result, formAction, isPending] = useActionState(action, null);
  const isPublished = isPublishedStatus(status);
  const t = useTranslations("admin.forms.results");
  // The CSV's problems are keys held as data (admin.csv.*), so the whole catalogue's translator.
  const tAll = useTranslations();

  const update = (crewId: number, field: keyof Cell, value: string) =>
    setCells((current) => ({ ...current, [crewId]: { ...current[crewId]!, [field]: value } }));

  function fillFromCsv() {
    const parsed = parseResultsCsv(csv, crews);
    setCsvErrors(
      parsed.ok ? [] : parsed.errors.map((error) => wordCsvMessage(error.message, (key, values) => tAll(key as MessageKey, values))),
    );
    const pasted = new Map(parsed.rows.map((row) => [row.crewId, row]));
    if (parsed.ok) setCells(Object.fromEntries(crews.map((crew) => [crew.id, toCell(pasted.get(crew.id))])));
  }

  // Rows the admin gave a status or a position; times go as typed and are read on the server.
  const rows = crews.flatMap((crew) => {
    const cell = cells[crew.id]!;
    if (!cell.status && !cell.position) return [];
    return [
      {
        crewId: crew.id,
        position: cell.position ? Number(cell.position) : null,
        timeSeconds: cell.time || null,
        penaltySeconds: cell.penalty || 0,
        status: cell.status || "FINISHED",
      },
    ];
  });

  return (
    <div className="space-y-6">
      <section aria-labelledby="csv-heading" className="space-y-2 rounded-lg border border-sand-200 bg-white p-4">
        <h2 id="csv-heading" className="font-semibold">
          {t("csvHeading")}
        </h2>
        <label htmlFor="csv" className="block text-sm">
          {t.rich("csvLabel", { code: (chunks) => <code dir="ltr">{chunks}</code> })}
        </label>
        <textarea
          id="csv"
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          rows={6}
          dir="ltr"
          className="block w-full rounded-md border border-stone-400 p-2 font-mono text-sm"
        />
        <Button variant="secondary" onClick={fillFromCsv}>
          {t("fill")}
        </Button>
        <div aria-live="polite">
          {csvErrors.length > 0 ? (
            <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
              <p className="font-semibold">{t("csvProblems")}</p>
              <ul className="list-disc ps-5">
                {csvErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </section>

      <form action={formAction} className="space-y-4">
        <input type="hidden" name={target.name} value={target.id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="rows" value={JSON.stringify(rows)} />
        <div className="relative overflow-x-auto rounded-lg border border-sand-200 bg-white">
          <table className="w-full min-w-[40rem] text-start text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-sand-100 text-xs uppercase">
              <tr>
                <th scope="col" className="px-2 py-2">
                  {t("crew")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("position")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("time")}
                </th>
                {showPenalty ? (
                  <th scope="col" className="px-2 py-2">
                    {t("penalty")}
                  </th>
                ) : null}
                <th scope="col" className="px-2 py-2">
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-sand-100">
              {crews.map((crew) => {
                const cell = cells[crew.id]!;
                const name = `${crew.number === null ? "" : `#${crew.number} `}${crew.driver}`;
                return (
                  <tr key={crew.id}>
                    <th scope="row" className="px-2 py-1 font-semibold">
                      {/* Isolated: "#700 Amber Dune" would read "Amber Dune #700" in a right-to-left row. */}
                      <bdi>{name}</bdi>
                      <span className="block text-xs font-normal text-stone-600">{crew.teamName}</span>
                    </th>
                    <td className="px-2 py-1">
                      <input
                        aria-label={t("positionOf", { name })}
                        inputMode="numeric"
                        dir="ltr"
                        value={cell.position}
                        onChange={(event) => update(crew.id, "position", event.target.value)}
                        className="w-16 rounded border border-stone-400 px-2 py-1"
                      />
                    </td>
                    <td className="px-2 py-1">
                      <input
                        aria-label={t("timeOf", { name })}
                        dir="ltr"
                        value={cell.time}
                        onChange={(event) => update(crew.id, "time", event.target.value)}
                        placeholder={`4h04'59"`}
                        className="w-28 rounded border border-stone-400 px-2 py-1 font-mono"
                      />
                    </td>
                    {showPenalty ? (
                      <td className="px-2 py-1">
                        <input
                          aria-label={t("penaltyOf", { name })}
                          dir="ltr"
                          value={cell.penalty}
                          onChange={(event) => update(crew.id, "penalty", event.target.value)}
                          className="w-24 rounded border border-stone-400 px-2 py-1 font-mono"
                        />
                      </td>
                    ) : null}
                    <td className="px-2 py-1">
                      <select
                        aria-label={t("statusOf", { name })}
                        value={cell.status}
                        onChange={(event) => update(crew.id, "status", event.target.value)}
                        className="rounded border border-stone-400 bg-white px-2 py-1"
                      >
                        <option value="">{t("noResult")}</option>
                        <option value="FINISHED">{t("finished")}</option>
                        <option value="DNF">{t("dnf")}</option>
                        <option value="DSQ">{t("dsq")}</option>
                        <option value="DNS">{t("dns")}</option>
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {isPublished ? (
          <div className="space-y-1">
            <label htmlFor="reason" className="block text-sm font-semibold">
              {t("reason")}
            </label>
            <input
              id="reason"
              name="reason"
              className="block w-full rounded-md border border-stone-400 px-3 py-2"
              aria-describedby="reason-hint"
              dir="auto"
            />
            <p id="reason-hint" className="text-xs text-stone-600">
              {t("reasonHint")}
            </p>
          </div>
        ) : null}
        <FormMessage result={result} />
        {result && !result.ok && result.fieldErrors ? (
          <ul className="list-disc ps-5 text-sm text-red-900">
            {Object.values(result.fieldErrors)
              .flat()
              .map((message) => (
                <li key={message}>{message}</li>
              ))}
          </ul>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {isPublished ? (
            <Button type="submit" name="intent" value="correct" disabled={isPending}>
              {t("correct")}
            </Button>
          ) : (
            <>
              <Button type="submit" name="intent" value="save" variant="secondary" disabled={isPending}>
                {t("save")}
              </Button>
              <Button type="submit" name="intent" value="publish" disabled={isPending || status !== "DRAFT"}>
                {t("publish")}
              </Button>
            </>
          )}
          {status === "PROVISIONAL" ? (
            <Button type="submit" name="intent" value="official" variant="secondary" disabled={isPending}>
              {t("official")}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
