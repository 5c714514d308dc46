"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
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

const LEAD_HOURS = [1, 3, 24] as const;

/** Messages: account.notifications (the page's ClientMessages). */
export function NotificationPreferencesForm({ preferences, isVerified }: { preferences: Preferences; isVerified: boolean }) {
  const t = useTranslations("account.notifications");
  const [result, action, isPending] = useActionState(saveNotificationPreferencesAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      {isVerified ? null : <p className="text-sm text-stone-700">{t("unverified")}</p>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("byEmail")}</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="lockReminderEmail" defaultChecked={preferences.lockReminderEmail} className="mt-1 size-4" />
          <span>{t("lockRemindersEmail")}</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="resultsEmail" defaultChecked={preferences.resultsEmail} className="mt-1 size-4" />
          <span>{t("resultsEmail")}</span>
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("byPush")}</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="lockReminderPush" defaultChecked={preferences.lockReminderPush} className="mt-1 size-4" />
          <span>{t("lockReminders")}</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="resultsPush" defaultChecked={preferences.resultsPush} className="mt-1 size-4" />
          <span>{t("results")}</span>
        </label>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="leadHours" className="block text-sm font-semibold">
          {t("remindMe")}
        </label>
        <select
          id="leadHours"
          name="leadHours"
          defaultValue={String(preferences.leadHours)}
          className="block rounded-md border border-stone-400 bg-white px-3 py-2"
        >
          {LEAD_HOURS.map((hours) => (
            <option key={hours} value={hours}>
              {t("leadTime", { hours })}
            </option>
          ))}
        </select>
        {errors?.leadHours ? <p className="text-sm font-medium text-red-800">{errors.leadHours.join(" ")}</p> : null}
      </div>
      <FormMessage result={result} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
