import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import { createRosterSave, createUser } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";

type Report = { type: string; data?: { eventId: number }; totals: number[] };

const ROOT = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

/** Starts tests/integration/helpers/live-instance.ts and collects its JSON lines. */
function startInstance(eventId: number) {
  const child = spawn(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "tests/integration/helpers/live-instance.ts"],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: requireDatabaseUrl(), LIVE_EVENT_ID: String(eventId) },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  const reports: Report[] = [];
  const waiters: (() => void)[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    if (!line.startsWith("{")) return;
    reports.push(JSON.parse(line) as Report);
    for (const wake of waiters.splice(0)) wake();
  });
  /** Resolves with the first report matching, waiting up to 20 s. */
  const next = (matches: (report: Report) => boolean) =>
    new Promise<Report>((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error(`instance ${child.pid}: no matching report; got ${JSON.stringify(reports)}`)),
        20_000,
      );
      const check = () => {
        const found = reports.find(matches);
        if (found) {
          clearTimeout(timeout);
          resolve(found);
        } else waiters.push(check);
      };
      check();
    });
  return { next, reports };
}

afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
});

describe("live boards across two app instances", () => {
  it("a publish through one connection refreshes the cache and the stream of both instances, through PostgreSQL", async () => {
    const db = testDb();
    const {
      event,
      crews: { F0, F1, R0, R1, S },
      stages,
      admin,
    } = await createResultsEvent(db);
    const player = await createUser(db);
    await createRosterSave(db, {
      eventId: event.id,
      userId: player.id,
      crewIds: [F0.id, R0.id, S.id],
      captainCrewId: F0.id,
      savedAt: new Date(stages[0]!.startsAt.getTime() - 3_600_000),
    });

    const first = startInstance(event.id);
    const second = startInstance(event.id);
    // Both start with an empty board in their cache.
    expect((await first.next((r) => r.type === "ready")).totals).toEqual([]);
    expect((await second.next((r) => r.type === "ready")).totals).toEqual([]);

    // Published by this test process: neither instance's memory is involved.
    await saveAndPublish(db, admin.id, stages[0]!.id, finishOrder([F0, F1, R0, R1, S]));
    const stored = await db.standing.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: player.id } } });
    expect(stored.total).toBeGreaterThan(0);

    for (const instance of [first, second]) {
      const update = await instance.next((r) => r.type === "standings");
      expect(update.data).toEqual({ eventId: event.id });
      // The cached board was dropped: the instance reads the new standings.
      expect(update.totals).toEqual([stored.total]);
    }
  }, 60_000);

  // PGlite is a single backend: there is no separate connection to cut.
  it.skipIf(process.env.INTEGRATION_DATABASE === "embedded")(
    "an instance whose listening connection is cut reconnects, refreshes once, and hears the next publish",
    async () => {
      const db = testDb();
      const {
        event,
        crews: { F0, F1, R0, R1, S },
        stages,
        admin,
      } = await createResultsEvent(db);
      const instance = startInstance(event.id);
      await instance.next((r) => r.type === "ready");

      await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dune-draft-standings-listener' AND pid <> pg_backend_pid()`;
      // Changes may have landed while it was not listening: once back, the open board is told to refresh.
      await instance.next((r) => r.type === "standings");
      const seen = instance.reports.length;

      await saveAndPublish(db, admin.id, stages[0]!.id, finishOrder([F0, F1, R0, R1, S]));
      const update = await instance.next((r) => r.type === "standings" && instance.reports.indexOf(r) >= seen);
      expect(update.data).toEqual({ eventId: event.id });
    },
    60_000,
  );
});
