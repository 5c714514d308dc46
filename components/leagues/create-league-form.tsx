"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createLeagueAction } from "@/lib/server/actions/leagues";
import { LEAGUE_NAME_MAX, LEAGUE_NAME_MIN } from "@/lib/game/leagues";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type EventOption = { id: number; name: string };

/** Client groups: leagues.forms. */
export function CreateLeagueForm({ events, defaultEventId }: { events: EventOption[]; defaultEventId: number | null }) {
  const t = useTranslations("leagues");
  const [result, action, isPending] = useActionState(createLeagueAction, null);
  const failed = result && !result.ok ? result : null;
  const eventErrors = failed?.fieldErrors?.eventId;
  return (
    <form action={action} className="space-y-3" aria-label={t("forms.createLabel")} noValidate>
      <div className="space-y-1">
        <label htmlFor="league-event" className="block text-sm font-semibold">
          {t("forms.event")}
        </label>
        <select
          id="league-event"
          name="eventId"
          required
          defaultValue={failed?.values?.eventId ?? String(defaultEventId ?? events[0]?.id ?? "")}
          aria-invalid={eventErrors?.length ? true : undefined}
          aria-describedby={eventErrors?.length ? "league-event-error" : undefined}
          className="block w-full rounded-md border border-stone-400 bg-white px-2 py-2 aria-[invalid=true]:border-red-700"
        >
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.name}
            </option>
          ))}
        </select>
        {eventErrors?.length ? (
          <p id="league-event-error" className="text-sm font-medium text-red-800">
            {eventErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <Field
        name="name"
        label={t("forms.name")}
        defaultValue={failed?.values?.name}
        errors={failed?.fieldErrors?.name}
        hint={t("forms.createHint", { min: LEAGUE_NAME_MIN, max: LEAGUE_NAME_MAX })}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("forms.creating") : t("forms.create")}
      </Button>
    </form>
  );
}
