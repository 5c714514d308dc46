// Messages for the sign-in page's query: `error` from Auth.js's redirects and our signIn callback,
// `code` beside CredentialsSignin, `notice` from account actions that end the session.
const ERRORS: Record<string, string> = {
  "unverified-email":
    "An account with this email already exists. Sign in with your password: the provider does not confirm this address is verified, so we cannot link it to that account.",
  OAuthAccountNotLinked: "An account with this email already exists. Sign in with your password.",
  provider: "That sign-in provider is not available.",
  CredentialsSignin: "Wrong email or password.",
  rate_limited: "Too many attempts for this account or from your network. Try again in 15 minutes.",
  AccessDenied: "Sign-in was refused.",
};

const NOTICES: Record<string, string> = {
  "password-changed": "Your password was changed and every session ended. Sign in with the new password.",
  "signed-out-everywhere": "You are signed out on every device.",
  "password-reset": "Your new password is saved and every session ended. Sign in with it.",
};

type Query = { error?: string | string[]; code?: string | string[]; notice?: string | string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function SignInNotice({ query }: { query: Query }) {
  const error = first(query.code) === "rate_limited" ? ERRORS.rate_limited : ERRORS[first(query.error) ?? ""];
  const notice = NOTICES[first(query.notice) ?? ""];
  if (!error && !notice) return null;
  return (
    <p
      role={error ? "alert" : "status"}
      className={`rounded-md px-3 py-2 text-sm font-medium ${error ? "bg-red-50 text-red-900" : "bg-emerald-50 text-emerald-900"}`}
    >
      {error ?? notice}
    </p>
  );
}
