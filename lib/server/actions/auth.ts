"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut, SIGN_IN_RATE_LIMITED } from "@/auth";
import { db } from "@/lib/server/db";
import { echoFields, toActionResult, type ActionResult } from "@/lib/server/errors";
import { callbackUrlSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { getClientIp } from "@/lib/server/auth/client-ip";
import { consumeAttempt, describeWait, secondsBlocked } from "@/lib/server/auth/rate-limit";
import { createUser } from "@/lib/server/users/create-user";
import { listOAuthProviders } from "@/lib/server/auth/oauth-providers";
import { z } from "zod";

const WRONG_CREDENTIALS = "Wrong email or password.";

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
  if (!parsed.success)
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { email, password } = parsed.data;
  const callbackUrl = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    const outcome = await signInWithPassword(email, password);
    if (outcome === "rate-limited") {
      const ip = await getClientIp();
      return {
        ok: false,
        message: describeWait(Math.max(await secondsBlocked("password-account", email), await secondsBlocked("password-ip", ip))),
      };
    }
    if (outcome === "wrong") return { ok: false, message: WRONG_CREDENTIALS };
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
  if (!parsed.success)
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const callbackUrl = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    // Every attempt counts, refused ones too: a refusal says whether an address has an account.
    const wait = await consumeAttempt("sign-up-ip", await getClientIp());
    if (wait > 0) return { ok: false, message: describeWait(wait) };
    await createUser(db, parsed.data);
    if ((await signInWithPassword(parsed.data.email, parsed.data.password)) !== "signed-in") {
      return { ok: false, message: "Your account was created but signing in failed: sign in below." };
    }
  } catch (error) {
    return toActionResult(error);
  }
  redirect(callbackUrl);
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
