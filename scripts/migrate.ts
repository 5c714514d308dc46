// `npm run db:migrate`: Prisma's migrations, then the job queue's schema, on DATABASE_URL.
import { requireDatabaseUrl } from "../lib/env";
import { migrateDatabase } from "./start/migrate";

await migrateDatabase(requireDatabaseUrl());
console.log("Migrations applied; the job queue is installed.");
