// npm run db:seed: seeds the database at DATABASE_URL (idempotent, see prisma/seed/seed-database.ts).
// Also the seed's import path for other scripts (scripts/start), so `main` runs only when this file
// is the entry point.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { env } from "@/lib/env";
import { createDb } from "@/lib/server/db";
import { seedDatabase } from "./seed/seed-database";
import { formatSeedSummary } from "./seed/seed-summary";

export { seedDatabase } from "./seed/seed-database";
export type { SeedOptions } from "./seed/seed-database";
export { formatSeedSummary } from "./seed/seed-summary";
export type { SeedSummary } from "./seed/seed-summary";

async function main(): Promise<number> {
  const url = env.DATABASE_URL;
  if (!url) {
    console.error(
      "db:seed: DATABASE_URL is not set. Point it at the database to seed, e.g.\n" +
        "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/dune_draft npm run db:seed",
    );
    return 1;
  }
  const db = createDb(url);
  try {
    console.log(formatSeedSummary(await seedDatabase(db)));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
