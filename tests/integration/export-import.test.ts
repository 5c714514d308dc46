import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import { createDb, type Db } from "@/lib/server/db";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import { RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import { exportEvent } from "@/lib/server/transfer/export-event";
import { startEmbeddedPostgres } from "@/scripts/embedded-db";
import { migrateDatabase } from "@/scripts/start/migrate";
import { createScratchDatabase } from "@/scripts/start/scratch-database";
import type { EventExport } from "@/lib/validation/event-export";
import { createEvent, createPodiumCall, createRosterSave, createUser, randomSuffix } from "@/tests/factories";
import { testDb } from "./helpers/db";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";

const run = promisify(execFile);
const MINUTE = 60_000;

async function cli(script: "export" | "import", args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await run("node_modules/.bin/tsx", ["--conditions=react-server", `scripts/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A second migrated database to import into: on the run's server, or a second embedded one. */
async function createTarget(sourceUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const [server] = await testDb().$queryRaw<{ version: string }[]>`SELECT version()`;
  // The embedded server is one PGlite database whatever name a client asks for: start another.
  const target = server!.version.includes("PGlite")
    ? await startEmbeddedPostgres().then((embedded) => ({ url: embedded.url, drop: () => embedded.stop() }))
    : await createScratchDatabase(sourceUrl, "dune_import");
  await migrateDatabase(target.url);
  return target;
}

let target: { url: string; db: Db; drop(): Promise<void> };
let dir: string;

beforeAll(async () => {
  const created = await createTarget(requireDatabaseUrl());
  target = { ...created, db: createDb(created.url, 1) };
  dir = await mkdtemp(path.join(tmpdir(), "dune-export-"));
}, 120_000);

afterAll(async () => {
  await target?.db.$disconnect();
  await target?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * A played event: stages 0 and 1 published, a crew retired after the prologue, six players (a
 * transfer, a late joiner, a caller only, a deleted account, and F who joined after the last publish,
 * so the stored standings do not list F yet), a version saved to the microsecond, and a league.
 * Every account has an email and A a password hash: none of it may leave.
 */
async function createPlayedEvent() {
  const db = testDb();
  const {
    event,
    crews: { F0, F1, F2, R0, R1, S },
    stages,
    admin,
  } = await createResultsEvent(db);
  const [S0, S1] = stages as [(typeof stages)[number], (typeof stages)[number]];
  const before = new Date(S0.startsAt.getTime() - 60 * MINUTE);
  const A = await createUser(db, { password: "a-long-secret-password" });
  const [B, C, D] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  const E = await createUser(db, { displayName: null, email: null, deletedAt: new Date() });
  const a = await createRosterSave(db, {
    eventId: event.id,
    userId: A.id,
    crewIds: [F0.id, R0.id, S.id],
    captainCrewId: F0.id,
    savedAt: before,
  });
  await createRosterSave(db, { eventId: event.id, userId: B.id, crewIds: [F1.id, R1.id, S.id], captainCrewId: R1.id, savedAt: before });
  await createRosterSave(db, {
    eventId: event.id,
    userId: B.id,
    crewIds: [F2.id, R0.id, R1.id],
    captainCrewId: F2.id,
    savedAt: new Date(S0.startsAt.getTime() + MINUTE),
    // Chips travel with the file (version 2): the Wildcard waives B's transfers on stage 1.
    chip: "WILDCARD",
    chipStageId: S1.id,
  });
  await createRosterSave(db, {
    eventId: event.id,
    userId: C.id,
    crewIds: [F1.id, F2.id, R1.id],
    captainCrewId: F1.id,
    savedAt: new Date(S0.startsAt.getTime() + 2 * MINUTE),
    chip: "JOKER",
    chipStageId: S1.id,
  });
  await db.$executeRaw`UPDATE roster_version SET saved_at = saved_at - interval '123 microseconds' WHERE id = ${a.version.id}`;
  const call = (userId: string, stageId: number, [p1, p2, p3]: { id: number }[], best: { id: number } | null) =>
    createPodiumCall(db, { userId, stageId, p1CrewId: p1!.id, p2CrewId: p2!.id, p3CrewId: p3!.id, featuredBestCrewId: best?.id ?? null });
  await call(A.id, S0.id, [F1, R0, F0], F1);
  await call(A.id, S1.id, [F0, S, F2], F0);
  await call(B.id, S0.id, [R0, F1, F0], null);
  await call(D.id, S1.id, [F0, F2, R0], F0);
  await call(E.id, S0.id, [F1, R0, F0], F1);
  await db.crew.update({ where: { id: S.id }, data: { status: "RETIRED", retiredAfterStageId: S0.id } });
  await saveAndPublish(
    db,
    admin.id,
    S0.id,
    finishOrder(
      [F1, R0, F0, R1],
      [
        [F2, "DNF"],
        [S, "DNS"],
      ],
    ),
  );
  await saveAndPublish(db, admin.id, S1.id, finishOrder([F0, F2, F1, R0], [[R1, "DNF"]]));
  const league = await db.league.create({
    data: { eventId: event.id, ownerId: A.id, name: "Dune Foxes", inviteCode: `T${randomSuffix().toUpperCase()}` },
  });
  await db.leagueMember.createMany({ data: [A, B, D].map((user) => ({ leagueId: league.id, userId: user.id })) });
  const F = await createUser(db);
  await createRosterSave(db, { eventId: event.id, userId: F.id, crewIds: [F0.id, R0.id, R1.id], captainCrewId: R0.id });
  return { event, users: [A, B, C, D, E, F] };
}

/** An event's stored scores in database-independent terms: stage numbers, user ids, saved_at to the microsecond. */
async function readScoreRows(db: Db, slug: string) {
  const [standings, stageScores, stageRosters, versions] = await Promise.all([
    db.$queryRaw`
      SELECT st.user_id::text AS "userId", st.total, st.exact, st.final_bonus AS "finalBonus", st.rank, st.previous_rank AS "previousRank", st.joined_at AS "joinedAt"
      FROM standing st JOIN event e ON e.id = st.event_id WHERE e.slug = ${slug} ORDER BY st.user_id`,
    db.$queryRaw`
      SELECT s.number, ss.user_id::text AS "userId", ss.roster_points AS "rosterPoints", ss.call_points AS "callPoints", ss.penalty, ss.total, ss.exact, ss.rank
      FROM stage_score ss JOIN stage s ON s.id = ss.stage_id JOIN event e ON e.id = s.event_id WHERE e.slug = ${slug} ORDER BY s.number, ss.user_id`,
    db.$queryRaw`
      SELECT s.number, sr.user_id::text AS "userId", sr.transfers, sr.chip::text AS chip, sr.locked_at AS "lockedAt", v.saved_at::text AS "savedAt"
      FROM stage_roster sr JOIN stage s ON s.id = sr.stage_id JOIN event e ON e.id = s.event_id JOIN roster_version v ON v.id = sr.roster_version_id
      WHERE e.slug = ${slug} ORDER BY s.number, sr.user_id`,
    db.$queryRaw`
      SELECT r.user_id::text AS "userId", v.saved_at::text AS "savedAt", cap.driver AS captain, v.chip::text AS chip,
             (SELECT cs.number FROM stage cs WHERE cs.id = v.chip_stage_id) AS "chipStage",
             ARRAY(SELECT c.driver FROM roster_version_crew vc JOIN crew c ON c.id = vc.crew_id WHERE vc.version_id = v.id ORDER BY c.driver) AS crews
      FROM roster_version v JOIN roster r ON r.id = v.roster_id JOIN event e ON e.id = r.event_id JOIN crew cap ON cap.id = v.captain_crew_id
      WHERE e.slug = ${slug} ORDER BY r.user_id, v.saved_at`,
  ]);
  return { standings, stageScores, stageRosters, versions };
}

/** Exports through the command line, or in-process where the test is about the import. */
async function exportToFile(slug: string, { viaCli = false } = {}): Promise<{ file: string; text: string }> {
  const file = path.join(dir, `${slug}.json`);
  if (viaCli) {
    const exported = await cli("export", ["--event", slug, "--out", file], requireDatabaseUrl());
    expect(exported.stderr).toContain(`Exported ${slug}`);
    expect(exported.code).toBe(0);
  } else {
    await writeFile(file, JSON.stringify(await exportEvent(testDb(), slug)));
  }
  return { file, text: await readFile(file, "utf8") };
}

async function writeVariant(text: string, name: string, change: (json: EventExport) => void): Promise<string> {
  const json = JSON.parse(text) as EventExport;
  change(json);
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(json));
  return file;
}

describe("npm run export and npm run import", () => {
  it("moves an event to another database with identical standings, stage scores and locked rosters", async () => {
    const { event, users } = await createPlayedEvent();
    const { file, text } = await exportToFile(event.slug, { viaCli: true });
    // Players are a uuid and a display name: no email, no provider name, no password hash.
    expect(text).not.toContain("@");
    expect(text).not.toMatch(/argon2|passwordHash|email/i);
    const json = JSON.parse(text) as { players: { id: string; displayName: string | null; isDeleted: boolean }[] };
    expect(json.players.map((player) => player.id).sort()).toEqual(users.map((user) => user.id).sort());
    expect(json.players.find((player) => player.id === users[4]!.id)).toEqual({ id: users[4]!.id, displayName: null, isDeleted: true });

    const imported = await cli("import", [file, "--into-empty"], target.url);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported ${event.slug}`);
    expect(imported.stdout).toMatch(/standings {7}exported 6, rescored 6: 6 identical\n/);
    expect(imported.stdout).toMatch(/stage scores {4}exported 12, rescored 12: 12 identical\n/);
    expect(imported.stdout).toContain("Identical: committed.");

    // The export scored its snapshot (F included) and rolled that back: the source still lacks F
    // until its next rescore, which any publish would run.
    expect(await testDb().standing.count({ where: { eventId: event.id } })).toBe(5);
    await testDb().$transaction((tx) => rescoreEvent(tx, event.id), RESULTS_TRANSACTION_OPTIONS);
    const [source, copy] = await Promise.all([readScoreRows(testDb(), event.slug), readScoreRows(target.db, event.slug)]);
    expect(source.standings).toHaveLength(6);
    expect(source.stageScores).toHaveLength(12);
    expect(source.stageRosters).toHaveLength(8); // A and B on the three started stages, C from stage 1
    expect(copy).toEqual(source);
    expect(source.stageRosters).toContainEqual(expect.objectContaining({ number: 1, userId: users[1]!.id, chip: "WILDCARD" }));
    expect(source.versions).toContainEqual(expect.objectContaining({ savedAt: expect.stringMatching(/\.\d{6}\+00$|\.\d{6}[+-]/) }));

    const copied = await target.db.event.findUniqueOrThrow({
      where: { slug: event.slug },
      include: { featuredTeam: true, crews: { include: { retiredAfter: true } }, leagues: { include: { members: true } } },
    });
    expect(copied.featuredTeam?.name).toBe("Defender Rally");
    expect(copied.crews.filter((crew) => crew.status === "RETIRED").map((crew) => crew.retiredAfter?.number)).toEqual([0]);
    expect(copied.leagues.map((league) => [league.name, league.members.length])).toEqual([["Dune Foxes", 3]]);
    const accounts = await target.db.user.findMany({ where: { id: { in: users.map((user) => user.id) } } });
    expect(accounts).toHaveLength(6);
    expect(accounts.every((account) => account.email === null && account.passwordHash === null)).toBe(true);
    expect(accounts.filter((account) => account.deletedAt !== null).map((account) => account.id)).toEqual([users[4]!.id]);
  }, 120_000);

  it("refuses a database that holds the event, and with --into-empty one that holds any event", async () => {
    const event = await createEvent(testDb());
    const { file } = await exportToFile(event.slug);
    expect(await cli("import", [file], target.url)).toMatchObject({ code: 0 });
    const again = await cli("import", [file], target.url);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`The database already holds the event "${event.slug}"`);
    expect(again.stderr).toContain("Nothing was imported.");

    const other = await createEvent(testDb());
    const second = await exportToFile(other.slug);
    const strict = await cli("import", [second.file, "--into-empty"], target.url);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/The database is not empty: it holds \d+ events/);
    expect(await target.db.event.count({ where: { slug: other.slug } })).toBe(0);
  }, 120_000);

  it("rejects malformed files and unknown crews with the path of the field, importing nothing", async () => {
    const { event } = await createPlayedEvent();
    const { text } = await exportToFile(event.slug);
    const badDate = await writeVariant(text, "bad-date.json", (json) => {
      json.stages[3]!.startsAt = "next Tuesday";
    });
    const badCrew = await writeVariant(text, "bad-crew.json", (json) => {
      json.rosters[0]!.versions[0]!.crewIds[1] = 999_999_999;
    });
    const notJson = path.join(dir, "not-json.json");
    await writeFile(notJson, "{ this is not json");

    const dateRun = await cli("import", [badDate], target.url);
    expect(dateRun.code).toBe(1);
    expect(dateRun.stderr).toContain("stages[3].startsAt: invalid date");
    const crewRun = await cli("import", [badCrew], target.url);
    expect(crewRun.code).toBe(1);
    expect(crewRun.stderr).toContain("rosters[0].versions[0].crewIds[1]: unknown crew 999999999");
    const jsonRun = await cli("import", [notJson], target.url);
    expect(jsonRun).toMatchObject({ code: 1 });
    expect(jsonRun.stderr).toContain("is not valid JSON");
    const usage = await cli("import", [], target.url);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: npm run import -- FILE [--into-empty]");
    expect(await target.db.event.count({ where: { slug: event.slug } })).toBe(0);
  }, 120_000);

  it("rolls back when the rescored scores differ from the exported ones", async () => {
    const { event, users } = await createPlayedEvent();
    const { text } = await exportToFile(event.slug);
    const tampered = await writeVariant(text, "tampered.json", (json) => {
      json.standings.find((standing) => standing.playerId === users[0]!.id)!.total += 7;
    });
    const result = await cli("import", [tampered], target.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("standings       exported 6, rescored 6: 5 identical, 1 different");
    expect(result.stderr).toContain(`player ${users[0]!.id}: exported`);
    expect(result.stderr).toContain("Rolled back: nothing was imported.");
    expect(await target.db.event.count({ where: { slug: event.slug } })).toBe(0);
    expect(await target.db.user.count({ where: { id: users[1]!.id } })).toBe(0);
  }, 120_000);

  it("says which event is missing on export", async () => {
    const missing = await cli("export", ["--event", "no-such-event-anywhere"], requireDatabaseUrl());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No event with the slug "no-such-event-anywhere".');
    const usage = await cli("export", [], requireDatabaseUrl());
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--event is required");
  }, 60_000);
});
