// Prisma 7 configuration (the CLI reads this instead of a `url` in schema.prisma).
//
// Migrate commands run through `node scripts/prisma.mjs ...`, which points the CLI at the offline
// schema-engine bridge (scripts/prisma-engine-bridge.mjs). That bridge creates and drops its own
// shadow databases for `migrate dev`, so no `shadowDatabaseUrl` is configured here.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  // Read DATABASE_URL directly: prisma's `env("DATABASE_URL")` helper throws when the variable is
  // unset, and `prisma generate` (run by postinstall) must work without a database. Commands that
  // need a database report the missing URL themselves.
  datasource: {
    url: process.env.DATABASE_URL,
  },
});
