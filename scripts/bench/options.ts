import { parseArgs } from "node:util";
import { z } from "zod";

export const BENCH_USAGE = `usage: npm run bench -- --players N [--out FILE] [--keep] [--skip-http] [--seed S] [--shared-server]
                        [--rush-saves N] [--rush-only] [--notifications-only] [--port P]

  --players N    synthetic players to seed (1 to 1,000,000)
  --out FILE     write the figures as JSON to FILE (default bench/results/players-<N>.json)
  --keep         keep the bench database afterwards (its name is printed)
  --skip-http    measure the database figures only (no server, no HTTP load, no rush)
  --seed S       seed of the synthetic data (default 1): the same seed gives the same players
  --shared-server  use the server DATABASE_URL names instead of a cluster of the bench's own
  --rush-saves N the deadline rush's saves, 1,000 players saving N / 1,000 each (default 10,000;
                 a multiple of 1,000): CI's smoke run checks correctness with fewer
  --notifications-only  seed, then the notification figures alone (no rescoring, reads, stats or
                 server): for profiling email delivery
  --rush-only    seed, then the deadline rush alone (no rescoring, reads, notifications or
                 HTTP throughput): for profiling the save path
  --port P       the bench server's port (default 3200), so two checkouts can bench side by side

The bench runs its own PostgreSQL cluster (the machine's PostgreSQL binaries, a free port, the
settings of bench/README.md), removed at the end (--keep keeps it running). Without the binaries,
or with --shared-server, it needs DATABASE_URL naming a local PostgreSQL server, creates its own
database there (dune_bench_...) and drops it at the end.`;

const optionsSchema = z.object({
  players: z.coerce
    .number({ error: "--players must be a number" })
    .int("--players must be a whole number")
    .min(1, "--players must be at least 1")
    .max(1_000_000, "--players must be at most 1,000,000"),
  out: z.string().min(1, "--out needs a file name").optional(),
  keep: z.boolean(),
  skipHttp: z.boolean(),
  sharedServer: z.boolean(),
  rushSaves: z.coerce
    .number({ error: "--rush-saves must be a number" })
    .int("--rush-saves must be a whole number")
    .min(1_000, "--rush-saves must be at least 1,000")
    .max(100_000, "--rush-saves must be at most 100,000")
    .multipleOf(1_000, "--rush-saves must be a multiple of 1,000 (each of the 1,000 players saves as often)")
    .default(10_000),
  rushOnly: z.boolean(),
  notificationsOnly: z.boolean(),
  port: z.coerce
    .number({ error: "--port must be a number" })
    .int("--port must be a whole number")
    .min(1024, "--port must be at least 1024")
    .max(65_535, "--port must be at most 65535")
    .default(3200),
  seed: z.coerce
    .number({ error: "--seed must be a number" })
    .int("--seed must be a whole number")
    .min(0, "--seed must be 0 or more")
    .default(1),
});

export type BenchOptions = z.infer<typeof optionsSchema>;

export type ReadOptionsResult = { ok: true; options: BenchOptions } | { ok: false; message: string } | { ok: "help" };

/** The command line, validated; messages name the option at fault. */
export function readBenchOptions(argv: readonly string[]): ReadOptionsResult {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        players: { type: "string" },
        out: { type: "string" },
        keep: { type: "boolean", default: false },
        "skip-http": { type: "boolean", default: false },
        "shared-server": { type: "boolean", default: false },
        seed: { type: "string" },
        "rush-saves": { type: "string" },
        "rush-only": { type: "boolean", default: false },
        "notifications-only": { type: "boolean", default: false },
        port: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (values.help) return { ok: "help" };
  if (values.players === undefined) return { ok: false, message: "--players is required" };
  const parsed = optionsSchema.safeParse({
    players: values.players,
    out: values.out,
    keep: values.keep,
    skipHttp: values["skip-http"],
    sharedServer: values["shared-server"],
    seed: values.seed,
    rushSaves: values["rush-saves"],
    rushOnly: values["rush-only"],
    notificationsOnly: values["notifications-only"],
    port: values.port,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join("; ") };
  return { ok: true, options: parsed.data };
}
