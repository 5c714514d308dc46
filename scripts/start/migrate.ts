import { installQueue } from "../../lib/server/jobs/boss";
import { childEnv } from "./processes";

// scripts/prisma.mjs is plain JavaScript without declarations: this is the part of it we rely on.
type PrismaCli = {
  runPrisma(
    args: string[],
    options?: { env?: NodeJS.ProcessEnv; stdio?: "inherit" | "pipe" },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
};
const PRISMA_CLI = new URL("../prisma.mjs", import.meta.url);

/**
 * Applies prisma/migrations to the database at `url`, then installs the job queue's own schema
 * (pg-boss keeps and migrates it itself); throws with the CLI's output on failure.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const { runPrisma } = (await import(PRISMA_CLI.href)) as PrismaCli;
  const { code, stdout, stderr } = await runPrisma(["migrate", "deploy"], {
    env: childEnv({ DATABASE_URL: url }),
    stdio: "pipe",
  });
  if (code !== 0) {
    throw new Error(`prisma migrate deploy failed (exit ${code}):\n${stdout}${stderr}`.trimEnd());
  }
  await installQueue(url);
}
