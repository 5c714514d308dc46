import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email" })
  .trim()
  .toLowerCase()
  .max(254, "Email is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

export const PASSWORD_MIN = 10;

export const newPasswordSchema = z
  .string({ error: "Choose a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(200, "Use at most 200 characters")
  .refine((password) => password.trim().length > 0, "The password cannot be only spaces");

const RESERVED_NAMES = ["admin", "administrator", "moderator", "dune draft", "dunedraft", "deleted player", "support"];

export const displayNameSchema = z
  .string({ error: "Choose a display name" })
  .trim()
  .normalize("NFC")
  .min(3, "Use at least 3 characters")
  .max(24, "Use at most 24 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u, "Use letters, digits, spaces and . _ ' - (starting with a letter or digit)")
  .refine((name) => !/\s{2,}/.test(name), "Use single spaces between words")
  .refine((name) => !RESERVED_NAMES.includes(name.toLowerCase()), "That name is reserved");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(200, "Password is too long"),
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
