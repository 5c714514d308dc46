import { EMBEDDED_POOL_MAX, startEmbeddedPostgres } from "@/scripts/embedded-db";
import { migrateDatabase } from "@/scripts/start/migrate";
import { assertLocalDatabaseUrl, createScratchDatabase } from "@/scripts/start/scratch-database";

// A fresh, migrated, empty database per run, handed to the test fork as DATABASE_URL:
// a new database on the local server named by DATABASE_URL, or an in-memory embedded one.
export default async function setup(): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const startedAt = Date.now();
  let teardown: () => Promise<void>;

  if (serverUrl) {
    assertLocalDatabaseUrl(serverUrl, "run integration tests");
    const scratch = await createScratchDatabase(serverUrl, "dune_test");
    teardown = () => scratch.drop();
    process.env.DATABASE_URL = scratch.url;
    process.env.INTEGRATION_DATABASE = "server";
  } else {
    const embedded = await startEmbeddedPostgres();
    teardown = () => embedded.stop();
    process.env.DATABASE_URL = embedded.url;
    process.env.INTEGRATION_DATABASE = "embedded";
    process.env.DATABASE_POOL_MAX ??= String(EMBEDDED_POOL_MAX);
  }

  try {
    await migrateDatabase(process.env.DATABASE_URL);
  } catch (error) {
    await teardown();
    throw error;
  }
  console.log(`[integration] database ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  return async () => {
    await teardown();
    if (serverUrl) process.env.DATABASE_URL = serverUrl;
    else delete process.env.DATABASE_URL;
  };
}
