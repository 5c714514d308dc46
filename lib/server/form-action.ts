import "server-only";
import { revalidatePath } from "next/cache";
import type { output, ZodType } from "zod";
import { requireAdmin, requireUser, type CurrentUser } from "@/lib/server/auth/session";
import { echoFields, toActionResult, type ActionResult } from "@/lib/server/errors";

// The one skeleton of a form's server action: guard → parse → data function → revalidate →
// message or redirect. Everything up to the data function runs inside one try, so every refusal
// (AppError, ZodError, Prisma, a database that is down) reaches the form through the one mapper;
// revalidation and `done` run after it, so a redirect() there is never caught as an error.

/** A page to refresh after a change: a path, or `{ layout }` for a layout and every page under it. */
export type Revalidation = string | { layout: string };

/** Every page: most admin changes show on public pages, boards and the admin's own. */
export const EVERY_PAGE: Revalidation = { layout: "/" };

export type FormActionSpec<Actor, Schema extends ZodType, Result> = {
  /** The fields to read, each with formData.get (a missing one is null), or a reader for other shapes. */
  form: readonly string[] | ((formData: FormData) => unknown);
  schema: Schema;
  /** Fields sent back when the action fails, so the form comes back filled in. Never passwords. */
  echo?: readonly string[];
  /** The change itself: a data function called with the parsed input and the guard's user. */
  run: (input: output<Schema>, actor: Actor) => Promise<Result>;
  /** What the change touched, revalidated once it succeeded. */
  revalidate?: readonly Revalidation[] | ((input: output<Schema>, result: Result) => readonly Revalidation[]);
  /** The success message; runs outside the try, so it may redirect (redirect(), signOut()) instead. */
  done: (result: Result, input: output<Schema>) => string | undefined | Promise<string | undefined>;
};

/** What `useActionState` calls: the previous state (unused) and the submitted form. */
export type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** The named fields of a form, ready for a zod schema (a missing field is null). */
export function readForm(formData: FormData, names: readonly string[]): Record<string, FormDataEntryValue | null> {
  return Object.fromEntries(names.map((name) => [name, formData.get(name)]));
}

/** An action behind any guard: `requireUser`, `requireAdmin`, or one that lets visitors in. */
export function formAction<Actor, Schema extends ZodType, Result>(
  guard: () => Promise<Actor>,
  spec: FormActionSpec<Actor, Schema, Result>,
): FormAction {
  return async (_previous, formData) => {
    let input: output<Schema>;
    let result: Result;
    try {
      const actor = await guard();
      input = spec.schema.parse(typeof spec.form === "function" ? spec.form(formData) : readForm(formData, spec.form));
      result = await spec.run(input, actor);
    } catch (error) {
      const failure = await toActionResult(error);
      return spec.echo ? { ...failure, values: echoFields(formData, spec.echo) } : failure;
    }
    const paths = typeof spec.revalidate === "function" ? spec.revalidate(input, result) : (spec.revalidate ?? []);
    for (const path of paths) {
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(path.layout, "layout");
    }
    const message = await spec.done(result, input);
    return message === undefined ? { ok: true } : { ok: true, message };
  };
}

/** A signed-in player's action; `run` gets the user from the session, never from the form. */
export function userAction<Schema extends ZodType, Result>(spec: FormActionSpec<CurrentUser, Schema, Result>): FormAction {
  return formAction(requireUser, spec);
}

/** An admin's action; `run` gets the admin, whose id goes into the audit log. */
export function adminAction<Schema extends ZodType, Result>(spec: FormActionSpec<CurrentUser, Schema, Result>): FormAction {
  return formAction(requireAdmin, spec);
}
