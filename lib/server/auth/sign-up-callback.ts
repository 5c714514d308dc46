import "server-only";
import { cookies } from "next/headers";
import { toSameSitePath } from "@/lib/validation/auth";

// Where a sign-up was going (a league invite, say) is kept in this browser until its email link
// signs the player in: the link opens in the same browser nearly always.
const COOKIE = "dune-sign-up-callback";

export async function rememberSignUpCallback(callbackUrl: string): Promise<void> {
  (await cookies()).set(COOKIE, callbackUrl, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 });
}

/** The remembered same-site path, once (the cookie is cleared), or "/". */
export async function takeSignUpCallback(): Promise<string> {
  const jar = await cookies();
  const value = jar.get(COOKIE)?.value;
  if (value !== undefined) jar.delete(COOKIE);
  return (value && toSameSitePath(value)) || "/";
}
