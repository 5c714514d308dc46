import { randomBytes } from "node:crypto";

/** Ten hex characters: enough that parallel test files never collide on emails or slugs. */
export function randomSuffix(): string {
  return randomBytes(5).toString("hex");
}

// Race numbers are unique per event only, and every test builds its own event, so a per-process
// counter from a random start is enough.
let counter = 100 + Math.floor(Math.random() * 100_000);

export function nextUniqueInt(): number {
  counter += 1;
  return counter;
}
