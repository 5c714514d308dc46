"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut, SIGN_IN_RATE_LIMITED } from "@/auth";
import { db } from "@/lib/server/db";
import { echoFields, toActionResult, type ActionResult } from "@/lib/server/errors";
import { callbackUrlSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { getClientIp } from "@/lib/server/auth/client-ip";
import { consumeAttempt, minutesToWait, secondsBlocked } from "@/lib/server/auth/rate-limit";
import { signUp } from "@/lib/server/users/sign-up";
import { rememberSignUpCallback } from "@/lib/server/auth/sign-up-callback";
import { listOAuthProviders } from "@/lib/server/auth/oauth-providers";
import { getRequestTranslate, resolveRequestLocale } from "@/lib/server/i18n/request-locale";
import { setLocaleCookie } from "@/lib/server/i18n/locale-cookie";
import { readUserLocaleByEmail } from "@/lib/server/users/user-locale";
import { msg, translateFieldErrors } from "@/lib/i18n/translate";
import { z } from "zod";

type PasswordSignIn = "signed-in" | "wrong" | "rate-limited";

/** Signs in through Auth.js's Credentials provider, whose authorize() applies the password limits. */
async function signInWithPassword(email: string, password: string): Promise<PasswordSignIn> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return "signed-in";
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === SIGN_IN_RATE_LIMITED) return "rate-limited";
    if (error instanceof AuthError) return "wrong";
    throw error;
  }
}

export async function signInAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await attemptSignIn(formData);
  return result.ok ? result : { ...result, values: echoFields(formData, ["email"]) };
}

async function attemptSignIn(formData: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const t = await getRequestTranslate();
  if (!parsed.success) return { ok: false, message: t(msg("errors.action.invalid")), fieldErrors: translateFieldErrors(parsed.error, t) };
  const { email, password } = parsed.data;
  const callbackUrl = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    const outcome = await signInWithPassword(email, password);
    if (outcome === "rate-limited") {
      const ip = await getClientIp();
      const seconds = Math.max(await secondsBlocked("password-account", email), await secondsBlocked("password-ip", ip));
      return { ok: false, message: t(msg("auth.action.tooManyAttempts"), { minutes: minutesToWait(seconds) }) };
    }
    if (outcome === "wrong") return { ok: false, message: t(msg("auth.action.wrongCredentials")) };
    // This browser takes the account's language from now on (the switcher can change it again).
    const saved = await readUserLocaleByEmail(db, email);
    if (saved) await setLocaleCookie(saved);
  } catch (error) {
    return toActionResult(error);
  }
  redirect(callbackUrl);
}

export async function signUpAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await attemptSignUp(formData);
  return result.ok ? result : { ...result, values: echoFields(formData, ["email", "displayName"]) };
}

async function attemptSignUp(formData: FormData): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse({
    email: formData.get("email"),
    displayName: formData.get("displayName"),
    password: formData.get("password"),
  });
  const t = await getRequestTranslate();
  if (!parsed.success) return { ok: false, message: t(msg("errors.action.invalid")), fieldErrors: translateFieldErrors(parsed.error, t) };
  const callbackUrl = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    // Every attempt counts, refused ones too: a refusal says whether an address has an account.
    const wait = await consumeAttempt("sign-up-ip", await getClientIp());
    if (wait > 0) return { ok: false, message: t(msg("auth.action.tooManyAttempts"), { minutes: minutesToWait(wait) }) };
    // The same answer whether or not the address has an account: the email says which, and its
    // link signs the reader in. The account keeps the language it signed up in.
    await signUp(db, { ...parsed.data, locale: await resolveRequestLocale() });
    await rememberSignUpCallback(callbackUrl);
  } catch (error) {
    return toActionResult(error);
  }
  return { ok: true, message: t(msg("auth.signUp.checkInbox"), { email: parsed.data.email }) };
}

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
