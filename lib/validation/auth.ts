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

/** Where to go after signing in: only paths on this site, never another host. */
export const callbackUrlSchema = z
  .string()
  .max(500)
  .refine((url) => url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\"), "must be a path on this site")
  .catch("/");
