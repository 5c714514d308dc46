"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { importEntryListAction } from "@/lib/server/actions/admin-race-day";
import { ENTRY_LIST_HEADER, parseEntryListCsv, type EntryListParse } from "@/lib/game/entry-list-csv";
import { wordCsvMessage } from "@/lib/i18n/csv-messages";
import type { MessageKey } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Badge } from "@/components/ui/badge";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";

type Props = { eventId: number; crewNumbers: number[]; teamNames: string[] };

function Problems({ title, messages }: { title: string; messages: string[] }) {
  return (
    <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <ul className="list-disc ps-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

function Preview({ parsed, crewNumbers, teamNames }: { parsed: EntryListParse; crewNumbers: number[]; teamNames: string[] }) {
  const t = useTranslations("admin.forms.entryList");
  if (parsed.rows.length === 0) return null;
  const known = new Set(crewNumbers);
  const teams = new Set(teamNames.map((name) => name.toLowerCase()));
  return (
    <Table caption={t("caption")} className="min-w-[22rem]">
      <TableHead>
        <Th>{t("number")}</Th>
        <Th>{t("crew")}</Th>
        <Th>{t("team")}</Th>
        <Th align="end">{t("price")}</Th>
        <Th>{t("import")}</Th>
      </TableHead>
      <TableBody>
        {parsed.rows.map((row) => (
          <tr key={row.line}>
            <Td className="font-mono">{row.number}</Td>
            <RowHeader className="font-semibold">
              {row.driver}
              {row.driverNationality ? <span className="font-normal text-stone-600"> ({row.driverNationality})</span> : null}
              {row.coDriver ? <span className="block font-normal text-stone-700">{row.coDriver}</span> : null}
            </RowHeader>
            <Td>
              {row.team}
              {teams.has(row.team.toLowerCase()) ? null : <span className="block text-xs text-stone-600">{t("newTeam")}</span>}
            </Td>
            <Td align="end">{row.price}</Td>
            <Td>
              {known.has(row.number) ? <Badge>{t("updates", { number: row.number })}</Badge> : <Badge tone="success">{t("new")}</Badge>}
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

/** Paste or upload the Stock entry list, preview it line by line, then apply it in one go. Messages: admin.forms.entryList, admin.csv. */
export function EntryListImport({ eventId, crewNumbers, teamNames }: Props) {
  const t = useTranslations("admin.forms.entryList");
  // The preview's problems are keys held as data (admin.csv.*), so the whole catalogue's translator.
  const tAll = useTranslations();
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<EntryListParse | null>(null);
  // An applied list makes its preview stale ("New" crews now exist): it goes, the text stays.
  const [result, action, isPending] = useActionState(async (previous: ActionResult | null, formData: FormData) => {
    const outcome = await importEntryListAction(previous, formData);
    if (outcome.ok) setPreview(null);
    return outcome;
  }, null);
  const serverProblems = result && !result.ok ? result.fieldErrors?.csv : undefined;

  async function readFile(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    setPreview(parseEntryListCsv(text));
  }

  return (
    <div className="space-y-3 rounded-lg border border-sand-200 bg-white p-4">
      <div className="space-y-1 text-sm text-stone-700">
        <p>{t("intro")}</p>
        <p dir="ltr" className="text-start">
          <code className="rounded bg-sand-100 px-1 break-words">{ENTRY_LIST_HEADER}</code>
        </p>
        <p>
          {t.rich("rules", {
            em: (chunks) => <em>{chunks}</em>,
            code: (chunks) => <code dir="ltr">{chunks}</code>,
          })}
        </p>
      </div>
      <form action={action} className="space-y-3">
        <input type="hidden" name="eventId" value={eventId} />
        <div className="space-y-1">
          <label htmlFor="entry-list-file" className="block text-sm font-semibold">
            {t("file")}
          </label>
          <input
            id="entry-list-file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(event) => void readFile(event.target.files?.[0])}
            className="block w-full text-sm"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="entry-list-csv" className="block text-sm font-semibold">
            {t("csv")}
          </label>
          <textarea
            id="entry-list-csv"
            name="csv"
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
            rows={8}
            spellCheck={false}
            dir="ltr"
            placeholder={`${ENTRY_LIST_HEADER}\n500,Stéphane Peterhansel,Mika Metge,FRA,FRA,Defender Rally,Defender D7X-R,38`}
            aria-invalid={serverProblems?.length ? true : undefined}
            className="block w-full rounded-md border border-stone-400 p-2 font-mono text-sm"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => setPreview(parseEntryListCsv(csv))}>
            {t("preview")}
          </Button>
          <Button type="submit" disabled={isPending}>
            {t("apply")}
          </Button>
        </div>
        <div aria-live="polite" className="space-y-3">
          {serverProblems?.length ? <Problems title={t("refused")} messages={serverProblems} /> : null}
          {!serverProblems && preview && !preview.ok ? (
            <Problems
              title={t("fixFirst")}
              messages={preview.problems.map((problem) =>
                wordCsvMessage(problem.message, (key, values) => tAll(key as MessageKey, values)),
              )}
            />
          ) : null}
          {preview?.ok ? <p className="text-sm font-medium text-emerald-900">{t("ready", { count: preview.rows.length })}</p> : null}
          <FormMessage result={serverProblems ? null : result} />
        </div>
        {preview ? <Preview parsed={preview} crewNumbers={crewNumbers} teamNames={teamNames} /> : null}
      </form>
    </div>
  );
}
