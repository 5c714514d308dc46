type FieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "datetime-local";
  autoComplete?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
};

// Free text (names, towns) may be typed in Arabic or Latin letters: "auto" sets the direction from
// what is typed, whatever the page's. Addresses, numbers and dates always read left to right.
const DIRECTION: Record<NonNullable<FieldProps["type"]>, "auto" | "ltr" | undefined> = {
  text: "auto",
  email: "ltr",
  number: "ltr",
  "datetime-local": "ltr",
  password: undefined,
};

/** A labelled input whose errors sit next to it and are tied to it for screen readers. */
export function Field({ name, label, type = "text", autoComplete, defaultValue, errors, hint, required = true }: FieldProps) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        dir={DIRECTION[type]}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
      />
      {hint ? (
        <p id={hintId} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
