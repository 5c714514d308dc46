import { randomBytes } from "node:crypto";

// Imported first by scripts/bench.ts, before lib/env reads the environment: the bench signs what
// the app signs (sessions for the rush, unsubscribe links in the emails it sends) with one secret,
// which it also hands to its server.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

export const BENCH_AUTH_SECRET = process.env.AUTH_SECRET;
