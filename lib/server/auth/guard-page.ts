import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./session";

/** For pages and layouts: visitors go to sign-in and come back to `path` afterwards. */
export async function requireUserPage(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}

/** For admin pages and layouts: visitors sign in; signed-in players get a 403 page. */
export async function requireAdminPage(path: string): Promise<CurrentUser> {
  const user = await requireUserPage(path);
  if (user.role !== "ADMIN") forbidden();
  return user;
}
