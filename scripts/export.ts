// npm run export -- --event <slug> [--out FILE]: write one event and its game as JSON (DATABASE_URL).
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { requireDatabaseUrl } from "@/lib/env";
import { createDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { exportEvent } from "@/lib/server/transfer/export-event";
import { eventSlugSchema } from "@/lib/validation/params";

const USAGE = "usage: npm run export -- --event <slug> [--out FILE]   (without --out the JSON goes to standard output)";

function readArgs(): { slug: string; out: string | undefined } | { error: string } {
  let values: { event?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { event: { type: "string" }, out: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.event === undefined) return { error: "--event is required" };
  const slug = eventSlugSchema.safeParse(values.event);
  if (!slug.success)
    return { error: `--event ${JSON.stringify(values.event)}: an event slug must be lowercase letters, digits and dashes` };
  return { slug: slug.data, out: values.out };
}

async function main(): Promise<number> {
  const args = readArgs();
  if ("error" in args) {
    console.error(`export: ${args.error}\n${USAGE}`);
    return 2;
  }
  const db = createDb(requireDatabaseUrl(), 1);
  try {
    const file = await exportEvent(db, args.slug);
    const json = `${JSON.stringify(file, null, 2)}\n`;
    if (args.out === undefined) process.stdout.write(json);
    else await writeFile(args.out, json, { mode: 0o600 });
    const summary = `${file.crews.length} crews, ${file.stages.length} stages, ${file.players.length} players, ${file.rosters.length} rosters, ${file.podiumCalls.length} podium calls, ${file.leagues.length} leagues`;
    console.error(`Exported ${file.event.slug} (${file.event.name}): ${summary}${args.out === undefined ? "." : ` to ${args.out}.`}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`export: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
