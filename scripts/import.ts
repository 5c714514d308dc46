// npm run import -- FILE [--into-empty]: load an exported event, rescore it and check it (DATABASE_URL).
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { requireDatabaseUrl } from "@/lib/env";
import { createDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { formatComparison } from "@/lib/server/transfer/compare-scores";
import { importEvent } from "@/lib/server/transfer/import-event";
import { parseEventExport } from "@/lib/validation/event-export";

const USAGE = [
  "usage: npm run import -- FILE [--into-empty]",
  "  refuses a database that already holds the file's event;",
  "  with --into-empty, refuses a database that holds any event (a restore into a new database)",
].join("\n");

function readArgs(): { file: string; intoEmpty: boolean } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { "into-empty": { type: "boolean", default: false } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1) return { error: positionals.length === 0 ? "give the file to import" : "give one file" };
    return { file: positionals[0]!, intoEmpty: values["into-empty"] };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function readJson(file: string): Promise<{ json: unknown } | { error: string }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === "ENOENT" ? `file not found: ${file}` : `cannot read ${file}: ${(error as Error).message}` };
  }
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    return { error: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}

async function main(): Promise<number> {
  const args = readArgs();
  if ("error" in args) {
    console.error(`import: ${args.error}\n${USAGE}`);
    return 2;
  }
  const source = await readJson(args.file);
  if ("error" in source) {
    console.error(`import: ${source.error}`);
    return 1;
  }
  const parsed = parseEventExport(source.json);
  if (!parsed.ok) {
    console.error(
      `import: ${args.file} is not a valid event export; nothing was imported:\n${parsed.errors.map((line) => `  ${line}`).join("\n")}`,
    );
    return 1;
  }
  const db = createDb(requireDatabaseUrl(), 1);
  try {
    const outcome = await importEvent(db, parsed.value, { intoEmpty: args.intoEmpty });
    const comparison = formatComparison(outcome.comparison).join("\n");
    if (!outcome.ok) {
      console.error(
        `import: the app's scoring of the imported data differs from the exported scores:\n${comparison}\nRolled back: nothing was imported.`,
      );
      return 1;
    }
    const { summary } = outcome;
    console.log(
      [
        `Imported ${summary.slug}${summary.seasonCreated ? "" : ` into the existing season ${parsed.value.season.slug}`}: ${summary.crews} crews, ${summary.stages} stages, ` +
          `${summary.players} players (${summary.newPlayers} new), ${summary.rosterVersions} roster saves, ${summary.podiumCalls} podium calls, ${summary.leagues} leagues.`,
        "Rescored with the app's scoring and compared with the exported scores:",
        comparison,
        "Identical: committed.",
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`import: ${error.message}\nNothing was imported.`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
