import { getTranslations } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/messages";
import { msg } from "@/lib/i18n/translate";

// Messages for the sign-in page's query: `error` from Auth.js's redirects and our signIn callback,
// `code` beside CredentialsSignin, `notice` from account actions that end the session.
const ERRORS: Record<string, MessageKey> = {
  "unverified-email": msg("auth.notice.unverifiedEmail"),
  OAuthAccountNotLinked: msg("auth.notice.accountNotLinked"),
  provider: msg("auth.notice.provider"),
  CredentialsSignin: msg("auth.notice.wrongCredentials"),
  rate_limited: msg("auth.notice.rateLimited"),
  AccessDenied: msg("auth.notice.accessDenied"),
};

const NOTICES: Record<string, MessageKey> = {
  "password-changed": msg("auth.notice.passwordChanged"),
  "signed-out-everywhere": msg("auth.notice.signedOutEverywhere"),
  "password-reset": msg("auth.notice.passwordReset"),
};

type Query = { error?: string | string[]; code?: string | string[]; notice?: string | string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function SignInNotice({ query }: { query: Query }) {
  const error = first(query.code) === "rate_limited" ? ERRORS.rate_limited : ERRORS[first(query.error) ?? ""];
  const notice = NOTICES[first(query.notice) ?? ""];
  const key = error ?? notice;
  if (!key) return null;
  const t = await getTranslations();
  return (
    <p
      role={error ? "alert" : "status"}
      className={`rounded-md px-3 py-2 text-sm font-medium ${error ? "bg-red-50 text-red-900" : "bg-emerald-50 text-emerald-900"}`}
    >
      {t(key)}
    </p>
  );
}
