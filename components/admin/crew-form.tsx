"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createCrewAction, updateCrewAction } from "@/lib/server/actions/admin-event-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxInput, SelectInput, TextInput, formFeedback } from "./admin-fields";

export type EditableCrew = {
  id: number;
  version: number;
  teamId: number;
  number: number | null;
  driver: string;
  driverNationality: string | null;
  coDriver: string | null;
  coDriverNationality: string | null;
  vehicle: string | null;
  category: string;
  price: number;
  isSamplePrice: boolean;
  source: string | null;
};

const CATEGORIES = ["STOCK", "ULTIMATE", "CHALLENGER", "SSV"];

/** Adds a crew to the event, or edits `crew` (at its version) when given. Messages: admin.forms.fields, admin.forms.crew. */
export function CrewForm({ eventId, teams, crew }: { eventId: number; teams: { id: number; name: string }[]; crew?: EditableCrew }) {
  const [result, action, isPending] = useActionState(crew ? updateCrewAction : createCrewAction, null);
  const { errors, value, checked } = formFeedback(result);
  const t = useTranslations("admin.forms.crew");
  const field = { formId: crew ? `crew-${crew.id}` : "new-crew" };
  return (
    <form action={action} className="space-y-4" noValidate aria-label={crew ? t("label") : t("newLabel")}>
      {crew ? (
        <>
          <input type="hidden" name="crewId" value={crew.id} />
          <input type="hidden" name="version" value={crew.version} />
        </>
      ) : (
        <input type="hidden" name="eventId" value={eventId} />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectInput
          {...field}
          name="teamId"
          label={t("team")}
          defaultValue={value("teamId", crew?.teamId)}
          errors={errors("teamId")}
          options={[
            { value: "", label: t("chooseTeam"), disabled: true },
            ...teams.map((team) => ({ value: String(team.id), label: team.name })),
          ]}
        />
        <TextInput
          {...field}
          name="number"
          label={t("number")}
          type="number"
          min={1}
          max={999999}
          required={false}
          defaultValue={value("number", crew?.number)}
          errors={errors("number")}
          hint={t("numberHint")}
        />
        <TextInput {...field} name="driver" label={t("driver")} defaultValue={value("driver", crew?.driver)} errors={errors("driver")} />
        <TextInput
          {...field}
          name="driverNationality"
          label={t("driverNationality")}
          required={false}
          defaultValue={value("driverNationality", crew?.driverNationality)}
          errors={errors("driverNationality")}
          hint={t("driverNationalityHint")}
        />
        <TextInput
          {...field}
          name="coDriver"
          label={t("coDriver")}
          required={false}
          defaultValue={value("coDriver", crew?.coDriver)}
          errors={errors("coDriver")}
        />
        <TextInput
          {...field}
          name="coDriverNationality"
          label={t("coDriverNationality")}
          required={false}
          defaultValue={value("coDriverNationality", crew?.coDriverNationality)}
          errors={errors("coDriverNationality")}
          hint={t("coDriverNationalityHint")}
        />
        <TextInput
          {...field}
          name="vehicle"
          label={t("vehicle")}
          required={false}
          defaultValue={value("vehicle", crew?.vehicle)}
          errors={errors("vehicle")}
          hint={t("vehicleHint")}
        />
        <SelectInput
          {...field}
          name="category"
          label={t("category")}
          defaultValue={value("category", crew?.category ?? "STOCK")}
          errors={errors("category")}
          options={CATEGORIES.map((category) => ({ value: category, label: t("categoryName", { category }) }))}
          hint={t("categoryHint")}
        />
        <TextInput
          {...field}
          name="price"
          label={t("price")}
          type="number"
          min={1}
          max={100000}
          defaultValue={value("price", crew?.price)}
          errors={errors("price")}
          hint={t("priceHint")}
        />
        <CheckboxInput
          {...field}
          name="isSamplePrice"
          label={t("samplePrice")}
          defaultChecked={checked("isSamplePrice", crew?.isSamplePrice ?? true)}
          errors={errors("isSamplePrice")}
          hint={t("samplePriceHint")}
        />
      </div>
      <TextInput
        {...field}
        name="source"
        label={t("source")}
        required={false}
        defaultValue={value("source", crew?.source)}
        errors={errors("source")}
        hint={t("sourceHint")}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={isPending}>
        {crew ? t("save") : t("add")}
      </Button>
    </form>
  );
}
