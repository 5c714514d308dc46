import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as schemas from "@/lib/server/api/schemas";
import { getOverallLeaderboard, getStageLeaderboard, LEADERBOARD_PAGE_SIZE } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { createEvent, createFinalResults, createUser, randomSuffix } from "@/tests/factories";
import { GET as getEvents } from "@/app/api/v1/events/route";
import { GET as getEvent } from "@/app/api/v1/events/[slug]/route";
import { GET as getCrews } from "@/app/api/v1/events/[slug]/crews/route";
import { GET as getResults } from "@/app/api/v1/events/[slug]/results/route";
import { GET as getStage } from "@/app/api/v1/events/[slug]/stages/[number]/route";
import { GET as getStageBoard } from "@/app/api/v1/events/[slug]/stages/[number]/leaderboard/route";
import { GET as getBoard } from "@/app/api/v1/events/[slug]/leaderboard/route";
import { GET as getCsv } from "@/app/api/v1/events/[slug]/leaderboard.csv/route";
import { GET as getLeagueBoard } from "@/app/api/v1/leagues/[id]/leaderboard/route";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { storeStandings } from "./helpers/leagues";
import { call, createApiEvent, expectError, parseCsv, readJson, TRICKY_NAMES } from "./helpers/api-event";

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});

const PUBLIC = "public, max-age=0, must-revalidate";
let api: Awaited<ReturnType<typeof createApiEvent>>;
let slug: string;

beforeAll(async () => {
  api = await createApiEvent(testDb());
  slug = api.event.slug;
});
afterAll(() => signInAs(null));

describe("JSON API: events, crews, stages and results", () => {
  it("lists published events only, with featured team and stage count", async () => {
    const draft = await createEvent(testDb(), { status: "DRAFT" });
    const { events } = await readJson(await call(getEvents, "/api/v1/events", {}), schemas.eventListSchema);
    expect(events.find((event) => event.slug === slug)).toMatchObject({
      name: api.event.name,
      status: "UPCOMING",
      stageCount: 4,
      featuredTeam: { id: api.event.featuredTeam.id },
    });
    expect(events.some((event) => event.slug === draft.slug)).toBe(false);
    await expectError(await call(getEvent, `/api/v1/events/${draft.slug}`, { slug: draft.slug }), 404);
  });

  it("serves an event's stages with lock state and only published statuses and podiums", async () => {
    const { event, stages } = await readJson(await call(getEvent, `/api/v1/events/${slug}`, { slug }), schemas.eventDetailSchema);
    expect(event.finalStatus).toBeNull();
    expect(stages.map((stage) => [stage.number, stage.status, stage.resultsStatus])).toEqual([
      [0, "locked", "PROVISIONAL"],
      [1, "locked", "PROVISIONAL"],
      [2, "locked", null],
      [3, "open", null],
    ]);
    expect(stages[0]!.startsAt).toBe(api.S0.startsAt.toISOString());
    expect(stages[0]!.podium.map((entry) => entry.crew.id)).toEqual([api.crews.F1.id, api.crews.R0.id, api.crews.F0.id]);
    expect(stages[2]!.podium).toEqual([]);
  });

  it("serves the field with teams, vehicles and prices", async () => {
    const { crews } = await readJson(await call(getCrews, `/api/v1/events/${slug}/crews`, { slug }), schemas.crewListSchema);
    expect(crews).toHaveLength(6);
    expect(crews.slice(0, 3).every((crew) => crew.team.isFeatured)).toBe(true);
    expect(crews.find((crew) => crew.id === api.crews.S.id)).toMatchObject({
      price: 12,
      status: "RUNNING",
      team: { name: "Privateer", isFeatured: false },
    });
  });

  it("serves a stage's published results, and nothing of a draft", async () => {
    const s0 = await readJson(await call(getStage, `/api/v1/events/${slug}/stages/0`, { slug, number: "0" }), schemas.stageDetailSchema);
    expect(s0.results.map((row) => [row.position, row.status])).toEqual([
      [1, "FINISHED"],
      [2, "FINISHED"],
      [3, "FINISHED"],
      [4, "FINISHED"],
      [null, "DNF"],
      [null, "DNS"],
    ]);
    expect(await testDb().stageResult.count({ where: { stageId: api.S2.id } })).toBe(3); // the draft is there
    const s2 = await readJson(await call(getStage, `/api/v1/events/${slug}/stages/2`, { slug, number: "2" }), schemas.stageDetailSchema);
    expect(s2.stage.resultsStatus).toBeNull();
    expect(s2.results).toEqual([]);
    const results = await readJson(await call(getResults, `/api/v1/events/${slug}/results`, { slug }), schemas.eventResultsSchema);
    expect(results.stages.map((entry) => entry.stage.number)).toEqual([0, 1]);
    expect(results.stages[1]!.results[0]!.crew.id).toBe(api.crews.R1.id);
    expect(results.final).toBeNull();
  });

  it("adds the final classification once it is published", async () => {
    const db = testDb();
    const event = await createEvent(db, { status: "COMPLETED" });
    await createFinalResults(db, { eventId: event.id, finalStatus: "OFFICIAL" });
    const { final } = await readJson(
      await call(getResults, `/api/v1/events/${event.slug}/results`, { slug: event.slug }),
      schemas.eventResultsSchema,
    );
    expect(final?.status).toBe("OFFICIAL");
    expect(final?.results.map((row) => row.position)).toEqual([1, 2, 3]);
  });

  it("answers 400 naming the parameter, and 404 for what does not exist", async () => {
    await expectError(await call(getEvent, "/api/v1/events/Bad_Slug", { slug: "Bad_Slug" }), 400, "slug");
    await expectError(await call(getStage, `/api/v1/events/${slug}/stages/abc`, { slug, number: "abc" }), 400, "number");
    await expectError(await call(getStage, `/api/v1/events/${slug}/stages/-1`, { slug, number: "-1" }), 400, "number");
    await expectError(await call(getBoard, `/api/v1/events/${slug}/leaderboard?page=0`, { slug }), 400, "page");
    await expectError(await call(getBoard, `/api/v1/events/${slug}/leaderboard?page=two`, { slug }), 400, "page");
    await expectError(await call(getCsv, `/api/v1/events/${slug}/leaderboard.csv?stage=x`, { slug }), 400, "stage");
    expect((await expectError(await call(getEvent, "/api/v1/events/no-such-event", { slug: "no-such-event" }), 404)).code).toBe(
      "NOT_FOUND",
    );
    await expectError(await call(getCrews, "/api/v1/events/no-such-event/crews", { slug: "no-such-event" }), 404);
    await expectError(await call(getStage, `/api/v1/events/${slug}/stages/99`, { slug, number: "99" }), 404);
    await expectError(await call(getStageBoard, `/api/v1/events/${slug}/stages/2/leaderboard`, { slug, number: "2" }), 404);
    await expectError(await call(getCsv, `/api/v1/events/${slug}/leaderboard.csv?stage=3`, { slug }), 404);
  });
});

describe("JSON API: leaderboards", () => {
  it("serves the overall board exactly as the page's data function reads it", async () => {
    const board = await readJson(await call(getBoard, `/api/v1/events/${slug}/leaderboard`, { slug }), schemas.overallLeaderboardSchema);
    const expected = await getOverallLeaderboard(testDb(), api.event.id, 1, null);
    expect(board).toMatchObject({
      page: 1,
      pageSize: LEADERBOARD_PAGE_SIZE,
      total: 5,
      pages: 1,
      provisional: true,
      updatedAt: expected.updatedAt?.toISOString(),
    });
    expect(board.rows).toEqual(
      expected.rows.map((row) => ({
        playerId: row.userId,
        rank: row.rank,
        previousRank: row.previousRank,
        movement: row.previousRank === null ? null : row.previousRank - row.rank,
        name: row.name,
        points: row.total,
        exact: row.exact,
      })),
    );
    expect(board.rows.some((row) => row.movement !== null && row.movement !== 0)).toBe(true);
    expect(board.rows.find((row) => row.playerId === api.players.deleted.id)?.name).toBe("Deleted player");
    const beyond = await readJson(
      await call(getBoard, `/api/v1/events/${slug}/leaderboard?page=2`, { slug }),
      schemas.overallLeaderboardSchema,
    );
    expect(beyond).toMatchObject({ page: 2, pages: 1, rows: [] });
  });

  it("serves a stage board, pages of 50 and the whole board as CSV", async () => {
    const db = testDb();
    const stageBoard = await readJson(
      await call(getStageBoard, `/api/v1/events/${slug}/stages/1/leaderboard`, { slug, number: "1" }),
      schemas.stageLeaderboardSchema,
    );
    const expected = await getStageLeaderboard(db, api.S1.id, 1);
    expect(stageBoard.rows.map((row) => [row.playerId, row.rank, row.points])).toEqual(
      expected.rows.map((row) => [row.userId, row.rank, row.total]),
    );
    expect(stageBoard.stage.number).toBe(1);

    const big = await createEvent(db, { status: "LIVE" });
    const users = await Promise.all(Array.from({ length: LEADERBOARD_PAGE_SIZE + 3 }, () => createUser(db)));
    await storeStandings(
      db,
      big.id,
      users.map((user, index) => ({ userId: user.id, total: 500 - index, rank: index + 1 })),
    );
    const second = await readJson(
      await call(getBoard, `/api/v1/events/${big.slug}/leaderboard?page=2`, { slug: big.slug }),
      schemas.overallLeaderboardSchema,
    );
    expect(second).toMatchObject({ total: LEADERBOARD_PAGE_SIZE + 3, pages: 2, provisional: false });
    expect(second.rows.map((row) => row.rank)).toEqual([51, 52, 53]);
    const csv = await call(getCsv, `/api/v1/events/${big.slug}/leaderboard.csv`, { slug: big.slug });
    expect(parseCsv(await csv.text())).toHaveLength(LEADERBOARD_PAGE_SIZE + 4);
  });

  it("downloads CSV with a header, proper quoting and formulas defused", async () => {
    const response = await call(getCsv, `/api/v1/events/${slug}/leaderboard.csv`, { slug });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-leaderboard.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte order mark, for Excel
    const text = new TextDecoder().decode(bytes); // drops the mark
    expect(text.startsWith("Rank,Previous rank,Movement,Player,Points,Exact podium slots\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toHaveLength(6);
    const board = await getOverallLeaderboard(testDb(), api.event.id, 1, null);
    expect(rows.map((row) => row[4])).toEqual(board.rows.map((row) => String(row.total)));
    const names = rows.map((row) => row[3]!);
    for (const name of Object.values(TRICKY_NAMES)) expect(names.some((cell) => cell.startsWith(`'${name}`))).toBe(true);
    expect(names).toContain("Deleted player");
    // The name with a comma and quotes arrives as one quoted field.
    expect(text).toContain(`"'+cmd, ""quoted""`);

    const stage = await call(getCsv, `/api/v1/events/${slug}/leaderboard.csv?stage=0`, { slug });
    expect(stage.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-stage-0-leaderboard.csv"`);
    expect(parseCsv(await stage.text())[0]).toEqual(["Rank", "Player", "Points", "Exact podium slots"]);
  });
});

describe("JSON API: caching and privacy", () => {
  it("sends a strong ETag and answers a matching If-None-Match with 304", async () => {
    const url = `/api/v1/events/${slug}/leaderboard`;
    const first = await call(getBoard, url, { slug });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("cache-control")).toBe(PUBLIC);
    expect((await call(getBoard, url, { slug })).headers.get("etag")).toBe(etag);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await call(getBoard, url, { slug }, { "If-None-Match": header });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe(PUBLIC);
    }
    expect((await call(getBoard, url, { slug }, { "If-None-Match": '"stale"' })).status).toBe(200);

    const before = (await call(getEvents, "/api/v1/events", {})).headers.get("etag");
    await createEvent(testDb(), { status: "UPCOMING" });
    expect((await call(getEvents, "/api/v1/events", {})).headers.get("etag")).not.toBe(before);
  });

  it("never sends emails, password hashes, roles or picks", async () => {
    const responses = await Promise.all([
      call(getEvents, "/api/v1/events", {}),
      call(getEvent, `/api/v1/events/${slug}`, { slug }),
      call(getCrews, `/api/v1/events/${slug}/crews`, { slug }),
      call(getResults, `/api/v1/events/${slug}/results`, { slug }),
      ...["0", "1", "2", "3"].map((number) => call(getStage, `/api/v1/events/${slug}/stages/${number}`, { slug, number })),
      call(getStageBoard, `/api/v1/events/${slug}/stages/0/leaderboard`, { slug, number: "0" }),
      call(getBoard, `/api/v1/events/${slug}/leaderboard`, { slug }),
      call(getCsv, `/api/v1/events/${slug}/leaderboard.csv`, { slug }),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe(PUBLIC);
      const body = await response.text();
      expect(body).not.toMatch(/[\w.+-]+@[\w-]+\.\w+/);
      expect(body).not.toMatch(/"(email|passwordHash|role|calls|picks|rosterPicks|p1|captain)"/);
    }
  });

  it("serves a league board to its members only", async () => {
    const db = testDb();
    const { players } = api;
    const league = await db.league.create({
      data: { eventId: api.event.id, ownerId: players.formula.id, name: `League ${randomSuffix()}`, inviteCode: randomSuffix() },
    });
    await db.leagueMember.createMany({
      data: [players.formula, players.plus].map((player) => ({ leagueId: league.id, userId: player.id })),
    });
    const id = String(league.id);
    const url = `/api/v1/leagues/${id}/leaderboard`;

    signInAs(null);
    expect((await expectError(await call(getLeagueBoard, url, { id }), 401)).code).toBe("UNAUTHENTICATED");
    signInAs({ id: players.minus.id, role: "PLAYER" });
    const hidden = await expectError(await call(getLeagueBoard, url, { id }), 404);
    const missing = await expectError(await call(getLeagueBoard, "/api/v1/leagues/2147483647/leaderboard", { id: "2147483647" }), 404);
    expect(hidden.message).toBe(missing.message);

    signInAs({ id: players.plus.id, role: "PLAYER" });
    await expectError(await call(getLeagueBoard, "/api/v1/leagues/abc/leaderboard", { id: "abc" }), 400, "id");
    const response = await call(getLeagueBoard, url, { id });
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const board = await readJson(response, schemas.leagueLeaderboardSchema);
    expect(board).toMatchObject({ league: { id: league.id, ownerId: players.formula.id }, event: { slug }, total: 2, provisional: true });
    expect(board.rows.map((row) => row.playerId).sort()).toEqual([players.formula.id, players.plus.id].sort());
    expect(board.rows.every((row) => row.rank !== null && row.rank <= 2)).toBe(true);
    expect(board.mine?.playerId).toBe(players.plus.id);
  });
});
