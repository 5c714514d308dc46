"use client";

import { useActionState } from "react";
import { saveNotificationPreferencesAction } from "@/lib/server/actions/email";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Preferences = {
  lockReminderEmail: boolean;
  resultsEmail: boolean;
  lockReminderPush: boolean;
  resultsPush: boolean;
  leadHours: 1 | 3 | 24;
};

const LEAD_TIMES = [
  { value: 1, label: "1 hour before" },
  { value: 3, label: "3 hours before" },
  { value: 24, label: "24 hours before" },
] as const;

export function NotificationPreferencesForm({ preferences, isVerified }: { preferences: Preferences; isVerified: boolean }) {
  const [result, action, isPending] = useActionState(saveNotificationPreferencesAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      {isVerified ? null : <p className="text-sm text-stone-700">Emails start once your address is confirmed.</p>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">By email</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="lockReminderEmail" defaultChecked={preferences.lockReminderEmail} className="mt-1 size-4" />
          <span>Lock reminders: before a stage locks, if your roster or podium call is not ready</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="resultsEmail" defaultChecked={preferences.resultsEmail} className="mt-1 size-4" />
          <span>Results: your points and rank once a stage&rsquo;s results are in or corrected</span>
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">As notifications on your devices (turn them on per device below)</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="lockReminderPush" defaultChecked={preferences.lockReminderPush} className="mt-1 size-4" />
          <span>Lock reminders</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="resultsPush" defaultChecked={preferences.resultsPush} className="mt-1 size-4" />
          <span>Results</span>
        </label>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="leadHours" className="block text-sm font-semibold">
          Remind me
        </label>
        <select
          id="leadHours"
          name="leadHours"
          defaultValue={String(preferences.leadHours)}
          className="block rounded-md border border-stone-400 bg-white px-3 py-2"
        >
          {LEAD_TIMES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {errors?.leadHours ? <p className="text-sm font-medium text-red-800">{errors.leadHours.join(" ")}</p> : null}
      </div>
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        Save notification settings
      </Button>
    </form>
  );
}
