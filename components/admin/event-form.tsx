"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createEventAction, updateEventAction } from "@/lib/server/actions/admin-events";
import { DEFAULT_RULES } from "@/lib/game/rules";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxInput, SelectInput, TextArea, TextInput, formFeedback } from "./admin-fields";

export type EditableEvent = {
  id: number;
  version: number;
  seasonId: number;
  slug: string;
  name: string;
  country: string | null;
  timeZone: string;
  startDate: string;
  endDate: string;
  status: string;
  isSample: boolean;
  description: string | null;
  rulesJson: string;
  featuredTeamId: number | null;
  teams: { id: number; name: string }[];
};

const STATUSES = ["DRAFT", "UPCOMING", "LIVE", "COMPLETED"];

/** Creates an event, or edits `event` (at its version) when given. Messages: admin.forms.fields, admin.forms.event. */
export function EventForm({
  seasons,
  timeZones,
  event,
}: {
  seasons: { id: number; name: string }[];
  timeZones: string[];
  event?: EditableEvent;
}) {
  const [result, action, isPending] = useActionState(event ? updateEventAction : createEventAction, null);
  const { errors, value, checked } = formFeedback(result);
  const t = useTranslations("admin.forms.event");
  const formId = event ? `event-${event.id}` : "new-event";
  const field = { formId };
  return (
    <form action={action} className="space-y-4" noValidate aria-label={event ? t("label") : t("newLabel")}>
      {event ? (
        <>
          <input type="hidden" name="eventId" value={event.id} />
          <input type="hidden" name="version" value={event.version} />
        </>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          {...field}
          name="name"
          label={t("name")}
          defaultValue={value("name", event?.name)}
          errors={errors("name")}
          hint={t("nameHint")}
        />
        <TextInput
          {...field}
          name="slug"
          label={t("slug")}
          defaultValue={value("slug", event?.slug)}
          errors={errors("slug")}
          hint={event ? t("slugHintEdit") : t("slugHintNew")}
        />
        <SelectInput
          {...field}
          name="seasonId"
          label={t("season")}
          defaultValue={value("seasonId", event?.seasonId)}
          errors={errors("seasonId")}
          options={[
            { value: "", label: t("chooseSeason"), disabled: true },
            ...seasons.map((season) => ({ value: String(season.id), label: season.name })),
          ]}
        />
        <TextInput
          {...field}
          name="country"
          label={t("country")}
          required={false}
          defaultValue={value("country", event?.country)}
          errors={errors("country")}
          hint={t("countryHint")}
        />
        <TextInput
          {...field}
          name="timeZone"
          label={t("timeZone")}
          list={`${formId}-zones`}
          defaultValue={value("timeZone", event?.timeZone ?? "Asia/Riyadh")}
          errors={errors("timeZone")}
          hint={event ? t("timeZoneHintEdit") : t("timeZoneHintNew")}
        />
        <SelectInput
          {...field}
          name="status"
          label={t("status")}
          defaultValue={value("status", event?.status ?? "DRAFT")}
          errors={errors("status")}
          options={STATUSES.map((status) => ({ value: status, label: t("statusName", { status }) }))}
          hint={t("statusHint")}
        />
        <TextInput
          {...field}
          name="startDate"
          label={t("firstDay")}
          type="date"
          defaultValue={value("startDate", event?.startDate)}
          errors={errors("startDate")}
        />
        <TextInput
          {...field}
          name="endDate"
          label={t("lastDay")}
          type="date"
          defaultValue={value("endDate", event?.endDate)}
          errors={errors("endDate")}
        />
        {event ? (
          <SelectInput
            {...field}
            name="featuredTeamId"
            label={t("featuredTeam")}
            required={false}
            defaultValue={value("featuredTeamId", event.featuredTeamId)}
            errors={errors("featuredTeamId")}
            options={[
              { value: "", label: event.teams.length ? t("none") : t("noneYet") },
              ...event.teams.map((team) => ({ value: String(team.id), label: team.name })),
            ]}
            hint={t("featuredHint")}
          />
        ) : (
          <TextInput
            {...field}
            name="featuredTeamName"
            label={t("featuredTeam")}
            required={false}
            defaultValue={value("featuredTeamName", "")}
            errors={errors("featuredTeamName")}
            hint={t("featuredNewHint")}
          />
        )}
        <CheckboxInput
          {...field}
          name="isSample"
          label={t("sample")}
          defaultChecked={checked("isSample", event?.isSample ?? false)}
          errors={errors("isSample")}
          hint={t("sampleHint")}
        />
      </div>
      <TextArea
        {...field}
        name="description"
        label={t("description")}
        defaultValue={value("description", event?.description)}
        errors={errors("description")}
      />
      <TextArea
        {...field}
        name="rules"
        label={t("rules")}
        rows={4}
        isCode
        defaultValue={value("rules", event?.rulesJson)}
        errors={errors("rules")}
        // Isolated left to right (U+2066 … U+2069): in Arabic the braces would otherwise swap ends.
        hint={t("rulesHint", { example: '\u2066{"budget": 90}\u2069' })}
      />
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-dune-700">{t("defaultRules")}</summary>
        <pre dir="ltr" className="mt-1 overflow-x-auto rounded-md bg-sand-100 p-2 text-xs break-words whitespace-pre-wrap">
          {JSON.stringify(DEFAULT_RULES, null, 2)}
        </pre>
      </details>
      <datalist id={`${formId}-zones`}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {event ? t("save") : t("create")}
      </Button>
    </form>
  );
}
