import "server-only";
import { consumeAttempt, refundAttempt } from "./rate-limit";

export type PasswordCheckOutcome = { status: "right" } | { status: "wrong" } | { status: "blocked"; retryAfterSeconds: number };

/**
 * Runs a password check under the password limits, wherever a password is checked (sign-in by
 * form or by Auth.js's own endpoint, change password, delete account). The attempt is counted
 * before the check, so a burst of concurrent guesses cannot all pass under the limit; an attempt
 * past either limit is not checked at all; a right password gives its counts back, so the limits
 * bound failures: at most 10 per account and 30 per address in 15 minutes.
 */
export async function checkPasswordLimited(
  keys: { account: string; ip: string },
  check: () => Promise<boolean>,
): Promise<PasswordCheckOutcome> {
  const [accountWait, ipWait] = await Promise.all([
    consumeAttempt("password-account", keys.account),
    consumeAttempt("password-ip", keys.ip),
  ]);
  if (accountWait > 0 || ipWait > 0) {
    // An address that is blocked does not use up the account's attempts, nor the other way round.
    await Promise.all([
      accountWait === 0 ? refundAttempt("password-account", keys.account) : undefined,
      ipWait === 0 ? refundAttempt("password-ip", keys.ip) : undefined,
    ]);
    return { status: "blocked", retryAfterSeconds: Math.max(accountWait, ipWait) };
  }
  if (!(await check())) return { status: "wrong" };
  await Promise.all([refundAttempt("password-account", keys.account), refundAttempt("password-ip", keys.ip)]);
  return { status: "right" };
}
