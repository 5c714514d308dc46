import { z } from "zod";
import { msg } from "@/lib/i18n/translate";

// Messages are keys (msg), translated where the form is answered: docs/i18n.md, "Validation messages".

export const emailSchema = z
  .string({ error: msg("validation.email.required") })
  .trim()
  .toLowerCase()
  .max(254, msg("validation.email.tooLong"))
  .pipe(z.email({ error: msg("validation.email.invalid") }));

export const PASSWORD_MIN = 10;

export const newPasswordSchema = z
  .string({ error: msg("validation.password.choose") })
  .min(PASSWORD_MIN, msg("validation.minLength"))
  .max(200, msg("validation.maxLength"))
  .refine((password) => password.trim().length > 0, msg("validation.password.blank"));

const RESERVED_NAMES = ["admin", "administrator", "moderator", "dune draft", "dunedraft", "deleted player", "support"];

export const displayNameSchema = z
  .string({ error: msg("validation.displayName.required") })
  .trim()
  .normalize("NFC")
  .min(3, msg("validation.minLength"))
  .max(24, msg("validation.maxLength"))
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u, msg("validation.displayName.characters"))
  .refine((name) => !/\s{2,}/.test(name), msg("validation.displayName.spaces"))
  .refine((name) => !RESERVED_NAMES.includes(name.toLowerCase()), msg("validation.displayName.reserved"));

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: msg("validation.password.required") })
    .min(1, msg("validation.password.required"))
    .max(200, msg("validation.password.tooLong")),
});

export const signUpSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

// Any origin will do: a value is kept only if resolving it against the site keeps it on the site.
const SITE = "http://site.invalid";

/**
 * The same-site path a value names, or null. Browsers drop tabs and newlines from URLs and read a
 * backslash as a slash, so a naive prefix check passes `/\t/evil.com`; resolving the value the way
 * a browser does and comparing origins does not. The path comes back as the URL parser writes it.
 */
export function toSameSitePath(value: string): string | null {
  if (!value.startsWith("/")) return null;
  try {
    const url = new URL(value, SITE);
    return url.origin === SITE ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/** Where to go after signing in: only paths on this site, never another host; "/" otherwise. */
export const callbackUrlSchema = z
  .string()
  .max(500)
  .transform((url, context) => {
    const path = toSameSitePath(url);
    if (path === null) context.addIssue({ code: "custom", message: "must be a path on this site" });
    return path ?? "/";
  })
  .catch("/");
