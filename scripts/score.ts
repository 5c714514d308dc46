// npm run score -- FILE.json (or JSON on stdin): score an event by the contract in DESIGN.md, print JSON.
import { readFile } from "node:fs/promises";
import { parseScoringInput, scoreEvent } from "@/lib/game/scoring";

const USAGE = "usage: npm run score -- FILE.json   (or pipe the JSON: npm run score < FILE.json)";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function readSource(file: string | undefined): Promise<{ text: string; name: string } | { error: string }> {
  if (file === undefined || file === "-") {
    if (process.stdin.isTTY) return { error: `no input: give a file or pipe JSON on stdin\n${USAGE}` };
    return { text: await readStdin(), name: "standard input" };
  }
  try {
    return { text: await readFile(file, "utf8"), name: file };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { error: `file not found: ${file}` };
    if (code === "EISDIR") return { error: `not a file: ${file}` };
    return { error: `cannot read ${file}: ${(error as Error).message}` };
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 1 || args[0] === "--help" || args[0] === "-h") {
    console.error(USAGE);
    return args.length > 1 ? 1 : 0;
  }
  const source = await readSource(args[0]);
  if ("error" in source) {
    console.error(`score: ${source.error}`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(source.text);
  } catch (error) {
    console.error(`score: ${source.name} is not valid JSON: ${(error as Error).message}`);
    return 1;
  }
  const parsed = parseScoringInput(json);
  if (!parsed.ok) {
    console.error(`score: bad input in ${source.name}:\n${parsed.errors.map((line) => `  ${line}`).join("\n")}`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(scoreEvent(parsed.value), null, 2)}\n`);
  return 0;
}

process.exitCode = await main();
