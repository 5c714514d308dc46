"use client";

import { useActionState } from "react";
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

const STATUSES = [
  { value: "DRAFT", label: "Draft (hidden from players)" },
  { value: "UPCOMING", label: "Upcoming" },
  { value: "LIVE", label: "Live" },
  { value: "COMPLETED", label: "Completed" },
];

/** Creates an event, or edits `event` (at its version) when given. */
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
  const formId = event ? `event-${event.id}` : "new-event";
  const field = { formId };
  return (
    <form action={action} className="space-y-4" noValidate aria-label={event ? "Event details" : "New event"}>
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
          label="Name"
          defaultValue={value("name", event?.name)}
          errors={errors("name")}
          hint="e.g. Dakar Rally 2027"
        />
        <TextInput
          {...field}
          name="slug"
          label="Slug"
          defaultValue={value("slug", event?.slug)}
          errors={errors("slug")}
          hint={
            event ? "In the event's web address: changing it breaks links already shared" : "In the event's web address, e.g. dakar-2027"
          }
        />
        <SelectInput
          {...field}
          name="seasonId"
          label="Season"
          defaultValue={value("seasonId", event?.seasonId)}
          errors={errors("seasonId")}
          options={[
            { value: "", label: "Choose a season", disabled: true },
            ...seasons.map((season) => ({ value: String(season.id), label: season.name })),
          ]}
        />
        <TextInput
          {...field}
          name="country"
          label="Country"
          required={false}
          defaultValue={value("country", event?.country)}
          errors={errors("country")}
          hint="e.g. Saudi Arabia"
        />
        <TextInput
          {...field}
          name="timeZone"
          label="Local time zone"
          list={`${formId}-zones`}
          defaultValue={value("timeZone", event?.timeZone ?? "Asia/Riyadh")}
          errors={errors("timeZone")}
          hint={
            event
              ? "IANA name. Stage starts are stored in UTC: changing the zone changes how they read locally, not when they lock"
              : "IANA name such as Asia/Riyadh: stage starts are typed in this local time"
          }
        />
        <SelectInput
          {...field}
          name="status"
          label="Status"
          defaultValue={value("status", event?.status ?? "DRAFT")}
          errors={errors("status")}
          options={STATUSES}
          hint="Players see every status but Draft; rosters open while stages have not started"
        />
        <TextInput
          {...field}
          name="startDate"
          label="First day"
          type="date"
          defaultValue={value("startDate", event?.startDate)}
          errors={errors("startDate")}
        />
        <TextInput
          {...field}
          name="endDate"
          label="Last day"
          type="date"
          defaultValue={value("endDate", event?.endDate)}
          errors={errors("endDate")}
        />
        {event ? (
          <SelectInput
            {...field}
            name="featuredTeamId"
            label="Featured team"
            required={false}
            defaultValue={value("featuredTeamId", event.featuredTeamId)}
            errors={errors("featuredTeamId")}
            options={[
              { value: "", label: event.teams.length ? "None" : "None (add teams first)" },
              ...event.teams.map((team) => ({ value: String(team.id), label: team.name })),
            ]}
            hint="Rosters need a crew of this team; podium calls name its best crew"
          />
        ) : (
          <TextInput
            {...field}
            name="featuredTeamName"
            label="Featured team"
            required={false}
            defaultValue={value("featuredTeamName", "")}
            errors={errors("featuredTeamName")}
            hint="Creates this team and features it, e.g. Defender Rally. You can also add teams later"
          />
        )}
        <CheckboxInput
          {...field}
          name="isSample"
          label="Sample data"
          defaultChecked={checked("isSample", event?.isSample ?? false)}
          errors={errors("isSample")}
          hint="Labels the event's field and prices as sample data on every page"
        />
      </div>
      <TextArea
        {...field}
        name="description"
        label="Description"
        defaultValue={value("description", event?.description)}
        errors={errors("description")}
      />
      <TextArea
        {...field}
        name="rules"
        label="Rule overrides (JSON)"
        rows={4}
        isCode
        defaultValue={value("rules", event?.rulesJson)}
        errors={errors("rules")}
        hint={'Leave blank for the default rules. Any key given overrides its default, e.g. {"budget": 90}'}
      />
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-dune-700">Default rules</summary>
        <pre className="mt-1 overflow-x-auto rounded-md bg-sand-100 p-2 text-xs break-words whitespace-pre-wrap">
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
        {event ? "Save event" : "Create event"}
      </Button>
    </form>
  );
}
