#!/usr/bin/env node
// postinstall: generate the Prisma client (lib/generated/prisma) through scripts/prisma.mjs.
// Needs no database: prisma.config.ts tolerates an unset DATABASE_URL and `prisma generate` only
// checks that the schema engine named by PRISMA_SCHEMA_ENGINE_BINARY exists.
// Set PRISMA_SKIP_POSTINSTALL_GENERATE=1 to skip it.
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot, runPrisma } from "./prisma.mjs";

if (process.env.PRISMA_SKIP_POSTINSTALL_GENERATE) {
  console.log("prisma-generate: skipped (PRISMA_SKIP_POSTINSTALL_GENERATE is set).");
  process.exit(0);
}

const schema = path.join(projectRoot, "prisma", "schema.prisma");
if (!existsSync(schema)) {
  console.log(`prisma-generate: skipped, ${path.relative(projectRoot, schema)} does not exist yet.`);
  process.exit(0);
}

const { code } = await runPrisma(["generate"], { cwd: projectRoot });
process.exit(code);
