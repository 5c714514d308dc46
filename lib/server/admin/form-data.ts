import "server-only";
import { echoFields, toActionResult, type ActionFailure } from "@/lib/server/errors";

/** The named fields of a form, ready for a zod schema (a missing field is null). */
export function readForm(formData: FormData, names: readonly string[]): Record<string, FormDataEntryValue | null> {
  return Object.fromEntries(names.map((name) => [name, formData.get(name)]));
}

/** A refused form: the mapped error plus what the admin typed, so the form comes back filled in. */
export function refuseForm(error: unknown, formData: FormData, names: readonly string[]): ActionFailure {
  return { ...toActionResult(error), values: echoFields(formData, names) };
}
