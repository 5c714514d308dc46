"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { db } from "@/lib/server/db";
import { echoFields, toActionResult, type ActionResult } from "@/lib/server/errors";
import { callbackUrlSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { getClientIp } from "@/lib/server/auth/client-ip";
import { consumeAttempt, describeWait, resetAttempts, secondsBlocked } from "@/lib/server/auth/rate-limit";
import { createUser } from "@/lib/server/users/create-user";
import { listOAuthProviders } from "@/lib/server/auth/oauth-providers";
import { z } from "zod";

const WRONG_CREDENTIALS = "Wrong email or password.";

async function signInWithPassword(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}

export async function signInAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await attemptSignIn(formData);
  return result.ok ? result : { ...result, values: echoFields(formData, ["email"]) };
}

async function attemptSignIn(formData: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { email, password } = parsed.data;
  const callbackUrl = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    const ip = await getClientIp();
    const wait = Math.max(await secondsBlocked("sign-in-ip", ip), await secondsBlocked("sign-in-email", email));
    if (wait > 0) return { ok: false, message: describeWait(wait) };

    if (!(await signInWithPassword(email, password))) {
      const blockedFor = Math.max(await consumeAttempt("sign-in-ip", ip), await consumeAttempt("sign-in-email", email));
      return { ok: false, message: blockedFor > 0 ? `${WRONG_CREDENTIALS} ${describeWait(blockedFor)}` : WRONG_CREDENTIALS };
    }
    await resetAttempts("sign-in-email", email);
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
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const callbackUrl = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    const ip = await getClientIp();
    const wait = await secondsBlocked("sign-up-ip", ip);
    if (wait > 0) return { ok: false, message: describeWait(wait) };
    await createUser(db, parsed.data);
    await consumeAttempt("sign-up-ip", ip);
    if (!(await signInWithPassword(parsed.data.email, parsed.data.password))) {
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
