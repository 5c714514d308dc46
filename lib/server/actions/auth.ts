"use server";

import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { formAction } from "@/lib/server/form-action";
import { callbackUrlSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { getClientIp } from "@/lib/server/auth/client-ip";
import { consumeAttempt, minutesToWait, secondsBlocked } from "@/lib/server/auth/rate-limit";
import { signUp } from "@/lib/server/users/sign-up";
import { rememberSignUpCallback } from "@/lib/server/auth/sign-up-callback";
import { listOAuthProviders } from "@/lib/server/auth/oauth-providers";
import { getRequestTranslate, resolveRequestLocale } from "@/lib/server/i18n/request-locale";
import { setLocaleCookie } from "@/lib/server/i18n/locale-cookie";
import { readUserLocaleByEmail } from "@/lib/server/users/user-locale";
import { msg } from "@/lib/i18n/translate";
import { z } from "zod";

const signInForm = signInSchema.extend({ callbackUrl: callbackUrlSchema });
const signUpForm = signUpSchema.extend({ callbackUrl: callbackUrlSchema });

/** A visitor's action: no guard. */
const visitor = async () => null;

export const signInAction = formAction(visitor, {
  form: ["email", "password", "callbackUrl"],
  echo: ["email"],
  schema: signInForm,
  run: async ({ email, password, callbackUrl }) => {
    const outcome = await signInWithPassword(email, password);
    if (outcome === "rate-limited") {
      const ip = await getClientIp();
      const seconds = Math.max(await secondsBlocked("password-account", email), await secondsBlocked("password-ip", ip));
      throw new AppError("RATE_LIMITED", msg("auth.action.tooManyAttempts"), undefined, { minutes: minutesToWait(seconds) });
    }
    if (outcome === "wrong") throw new AppError("INVALID", msg("auth.action.wrongCredentials"));
    // This browser takes the account's language from now on (the switcher can change it again).
    const saved = await readUserLocaleByEmail(db, email);
    if (saved) await setLocaleCookie(saved);
    return callbackUrl;
  },
  done: (callbackUrl) => redirect(callbackUrl),
});

export const signUpAction = formAction(visitor, {
  form: ["email", "displayName", "password", "callbackUrl"],
  echo: ["email", "displayName"],
  schema: signUpForm,
  run: async ({ callbackUrl, ...input }) => {
    // Every attempt counts, refused ones too: a refusal says whether an address has an account.
    const wait = await consumeAttempt("sign-up-ip", await getClientIp());
    if (wait > 0) throw new AppError("RATE_LIMITED", msg("auth.action.tooManyAttempts"), undefined, { minutes: minutesToWait(wait) });
    // The same answer whether or not the address has an account: the email says which, and its
    // link signs the reader in. The account keeps the language it signed up in.
    await signUp(db, { ...input, locale: await resolveRequestLocale() });
    await rememberSignUpCallback(callbackUrl);
  },
  done: async (_result, { email }) => (await getRequestTranslate())(msg("auth.signUp.checkInbox"), { email }),
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

const oauthSchema = z.object({ provider: z.enum(["github", "google", "discord"]), callbackUrl: callbackUrlSchema });

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const parsed = oauthSchema.safeParse({ provider: formData.get("provider"), callbackUrl: formData.get("callbackUrl") ?? "/" });
  const configured = listOAuthProviders().map((provider) => provider.id);
  if (!parsed.success || !configured.includes(parsed.data.provider)) redirect("/sign-in?error=provider");
  await signIn(parsed.data.provider, { redirectTo: parsed.data.callbackUrl });
}
