import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";

// Counters live in PostgreSQL (table rate_limit, migrated with the rest) so every app instance
// sees the same attempts.
type LimitName = "password-ip" | "password-account" | "sign-up-ip" | "email-link-ip" | "email-link-account";

const LIMITS: Record<LimitName, { points: number; duration: number }> = {
  "password-ip": { points: 30, duration: 15 * 60 }, // failed password checks from one address
  "password-account": { points: 10, duration: 15 * 60 }, // failed password checks for one account (by email)
  "sign-up-ip": { points: env.SIGN_UP_LIMIT_PER_HOUR, duration: 60 * 60 }, // sign-up attempts from one address
  "email-link-ip": { points: 10, duration: 60 * 60 }, // reset and verification emails asked from one address
  "email-link-account": { points: 3, duration: 60 * 60 }, // reset and verification emails to one address
};

// The library speaks pg's `query({ text, values })`; answering it through Prisma keeps one pool per
// app (and a single connection on the embedded database, which cannot interleave clients safely).
const prismaStore = {
  async query({ text, values = [] }: { text: string; values?: unknown[] }) {
    if (/^\s*DELETE\b/i.test(text)) return { rows: [], rowCount: await db.$executeRawUnsafe(text, ...values) };
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values);
    const plain = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value])),
    );
    return { rows: plain, rowCount: plain.length };
  },
};

const limiters = new Map<LimitName, RateLimiterPostgres>();

function limiter(name: LimitName): RateLimiterPostgres {
  let found = limiters.get(name);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: prismaStore,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      ...LIMITS[name],
    });
    limiters.set(name, found);
  }
  return found;
}

/** Seconds until `key` may try again under `name`, or 0 when it still has attempts left. */
export async function secondsBlocked(name: LimitName, key: string): Promise<number> {
  const state = await limiter(name).get(key);
  if (!state || state.consumedPoints < LIMITS[name].points) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/**
 * Counts one attempt, atomically in the database (an upsert that returns the new count), so
 * concurrent attempts each see their own count. Returns 0 when the attempt is within the limit,
 * else the seconds to wait: an attempt past the limit must not go ahead.
 */
export async function consumeAttempt(name: LimitName, key: string): Promise<number> {
  try {
    await limiter(name).consume(key);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/** Gives back an attempt counted by consumeAttempt (one that turned out to be legitimate). */
export async function refundAttempt(name: LimitName, key: string): Promise<void> {
  await limiter(name).reward(key, 1);
}

export async function resetAttempts(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

/** Whole minutes to wait, for messages such as auth.action.tooManyAttempts. */
export function minutesToWait(seconds: number): number {
  return Math.ceil(seconds / 60);
}

/** The refusal of an attempt past a limit ("Too many attempts. Try again in 12 minutes."), a key with {minutes}. */
export function describeWait(seconds: number): AppError {
  return new AppError("RATE_LIMITED", msg("auth.action.tooManyAttempts"), undefined, { minutes: minutesToWait(seconds) });
}
