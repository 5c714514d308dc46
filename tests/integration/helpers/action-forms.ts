import type { ActionResult } from "@/lib/server/errors";

/** A submitted form: each field once, or once per value for a list (a multi-select, the roster's crews). */
export function form(fields: Record<string, string | number | (string | number)[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, String(one));
  }
  return data;
}

/** The refusal an action answered, or a failed test when it accepted. */
export function refused(result: ActionResult) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result;
}
