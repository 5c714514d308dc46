import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, SIGN_IN_RATE_LIMITED } from "@/auth";

export type PasswordSignIn = "signed-in" | "wrong" | "rate-limited";

/**
 * Signs this browser in through Auth.js's Credentials provider, whose authorize() applies the
 * password limits: the sign-in form, and the account page after a password change ended every session.
 */
export async function signInWithPassword(email: string, password: string): Promise<PasswordSignIn> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return "signed-in";
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === SIGN_IN_RATE_LIMITED) return "rate-limited";
    if (error instanceof AuthError) return "wrong";
    throw error;
  }
}
