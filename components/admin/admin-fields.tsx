// Form controls for the admin pages. Several forms share a page (one per team, crew, stage), so
// every id is prefixed with the form's id; errors sit under the control and are tied to it.
// They say "(optional)" with admin.forms.fields: the client forms using them need that group.

import { useTranslations } from "next-intl";

type Common = { formId: string; name: string; label: string; hint?: string; errors?: string[]; required?: boolean };

const CONTROL = "block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

function ids({ formId, name, hint, errors }: Common) {
  const id = `${formId}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, describedBy, invalid: errors?.length ? true : undefined };
}

function Notes({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

type TextInputProps = Common & {
  type?: "text" | "number" | "date" | "datetime-local";
  defaultValue?: string;
  min?: number;
  max?: number;
  list?: string;
  placeholder?: string;
  className?: string;
};

export function TextInput({
  type = "text",
  defaultValue,
  min,
  max,
  list,
  placeholder,
  className = "",
  required = true,
  ...common
}: TextInputProps) {
  const { id, describedBy, invalid } = ids(common);
  const t = useTranslations("admin.forms.fields");
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {common.label}
        {required ? null : <span className="font-normal text-stone-600">{t("optional")}</span>}
      </label>
      <input
        id={id}
        name={common.name}
        type={type}
        defaultValue={defaultValue}
        min={min}
        max={max}
        step={type === "number" ? 1 : undefined}
        // Names and towns may be typed in Arabic or Latin letters; numbers and dates read left to right.
        dir={type === "text" ? "auto" : "ltr"}
        list={list}
        placeholder={placeholder}
        required={required}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={CONTROL}
      />
      <Notes id={id} hint={common.hint} errors={common.errors} />
    </div>
  );
}

export type Option = { value: string; label: string; disabled?: boolean };

export function SelectInput({
  options,
  defaultValue,
  className = "",
  required = true,
  ...common
}: Common & { options: Option[]; defaultValue?: string; className?: string }) {
  const { id, describedBy, invalid } = ids(common);
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {common.label}
      </label>
      <select
        id={id}
        name={common.name}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={CONTROL}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <Notes id={id} hint={common.hint} errors={common.errors} />
    </div>
  );
}

export function TextArea({
  defaultValue,
  rows = 3,
  isCode = false,
  className = "",
  ...common
}: Common & { defaultValue?: string; rows?: number; isCode?: boolean; className?: string }) {
  const { id, describedBy, invalid } = ids(common);
  const t = useTranslations("admin.forms.fields");
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {common.label}
        <span className="font-normal text-stone-600">{t("optional")}</span>
      </label>
      <textarea
        id={id}
        name={common.name}
        rows={rows}
        defaultValue={defaultValue}
        spellCheck={isCode ? false : undefined}
        dir={isCode ? "ltr" : "auto"}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={`${CONTROL} ${isCode ? "font-mono text-sm" : ""}`}
      />
      <Notes id={id} hint={common.hint} errors={common.errors} />
    </div>
  );
}

export function CheckboxInput({ defaultChecked, className = "", ...common }: Common & { defaultChecked: boolean; className?: string }) {
  const { id, describedBy, invalid } = ids(common);
  return (
    <div className={`space-y-1 ${className}`}>
      <div className="flex min-h-11 items-center gap-2">
        <input
          id={id}
          name={common.name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className="size-5 accent-dune-700"
        />
        <label htmlFor={id} className="text-sm font-semibold">
          {common.label}
        </label>
      </div>
      <Notes id={id} hint={common.hint} errors={common.errors} />
    </div>
  );
}

/** What a form shows after its last submission: field errors, and the typed values if it was refused. */
type Submission = { ok: boolean; fieldErrors?: Record<string, string[] | undefined>; values?: Record<string, string> } | null;

export function formFeedback(result: Submission) {
  const failed = result && !result.ok ? result : null;
  return {
    errors: (name: string) => failed?.fieldErrors?.[name],
    value: (name: string, fallback: string | number | null | undefined) =>
      failed?.values?.[name] ?? (fallback === null || fallback === undefined ? "" : String(fallback)),
    checked: (name: string, fallback: boolean) => (failed?.values ? failed.values[name] === "on" : fallback),
  };
}
