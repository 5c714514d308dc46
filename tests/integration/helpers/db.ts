import { afterAll } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import { createDb, type Db } from "@/lib/server/db";

let shared: Db | undefined;

/** The test file's client for the run's database (set up by tests/integration/global-setup.ts). */
export function testDb(): Db {
  shared ??= createDb(requireDatabaseUrl());
  return shared;
}

// Each test file gets its own module instance: close its pool so connections do not pile up.
afterAll(async () => {
  await shared?.$disconnect();
  shared = undefined;
});
