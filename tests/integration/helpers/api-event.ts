import { expect } from "vitest";
import type { z } from "zod";
import type { Db } from "@/lib/server/db";
import { errorBodySchema } from "@/lib/server/api/schemas";
import { saveStageResults } from "@/lib/server/results/stage-results";
import { createFinalResults, createPodiumCall, createRosterSave, createUser, randomSuffix } from "@/tests/factories";
import { createResultsEvent, finishOrder, saveAndPublish } from "./results-event";

const MINUTE = 60_000;

/** Display names a spreadsheet would run as formulas, or that need CSV quoting (3 to 24 characters with a suffix). */
export const TRICKY_NAMES = {
  formula: `=HYPERLINK("x","y")`,
  plus: `+cmd, "quoted"`,
  at: `@SUM(1+1)`,
  minus: `-2+3`,
};

/**
 * A results event seen from the API: five players with rosters saved before the prologue (one of
 * them deleted since), stages 0 and 1 published, stage 2's results only a draft, stage 3 still
 * open with a podium call on it, and the final classification a draft.
 */
export async function createApiEvent(db: Db) {
  const setup = await createResultsEvent(db);
  const {
    event,
    crews: { F0, F1, F2, R0, R1, S },
    stages,
    admin,
  } = setup;
  const [S0, S1, S2, S3] = stages as [(typeof stages)[number], (typeof stages)[number], (typeof stages)[number], (typeof stages)[number]];
  const suffix = randomSuffix().slice(0, 5);
  const players = {
    formula: await createUser(db, { displayName: `${TRICKY_NAMES.formula}${suffix}` }),
    plus: await createUser(db, { displayName: `${TRICKY_NAMES.plus}${suffix}` }),
    at: await createUser(db, { displayName: `${TRICKY_NAMES.at}${suffix}` }),
    minus: await createUser(db, { displayName: `${TRICKY_NAMES.minus}${suffix}` }),
    deleted: await createUser(db),
  };
  const before = new Date(S0.startsAt.getTime() - 60 * MINUTE);
  const lineups = [
    [F0, R0, S],
    [F1, R1, S],
    [F2, R0, S],
    [F0, R1, S],
    [F1, R0, S],
  ] as const;
  for (const [index, player] of Object.values(players).entries()) {
    const crews = lineups[index]!;
    await createRosterSave(db, {
      eventId: event.id,
      userId: player.id,
      crewIds: crews.map((crew) => crew.id),
      captainCrewId: crews[0].id,
      savedAt: new Date(before.getTime() + index * 1000),
    });
  }
  await createPodiumCall(db, { userId: players.formula.id, stageId: S0.id, p1CrewId: F1.id, p2CrewId: R0.id, p3CrewId: F0.id });
  // A call on the open stage: never public before its start.
  await createPodiumCall(db, { userId: players.minus.id, stageId: S3.id, p1CrewId: R1.id, p2CrewId: F2.id, p3CrewId: S.id });

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
  await saveAndPublish(db, admin.id, S1.id, finishOrder([R1, F2, S, F1, R0], [[F0, "DNF"]]));
  const s2 = await db.stage.findUniqueOrThrow({ where: { id: S2.id }, select: { version: true } });
  await saveStageResults(db, { actorId: admin.id, stageId: S2.id, expectedVersion: s2.version, rows: finishOrder([S, R1, F0]) });
  await createFinalResults(db, { eventId: event.id, finalStatus: "DRAFT", results: [{ crewId: S.id }, { crewId: R1.id }] });

  await db.user.update({ where: { id: players.deleted.id }, data: { deletedAt: new Date(), displayName: null, email: null, name: null } });
  return { ...setup, S0, S1, S2, S3, players };
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler the way Next does, with its params as a promise. */
export function call<P>(handler: Handler<P>, url: string, params: P, headers: HeadersInit = {}): Promise<Response> {
  return handler(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve(params) });
}

/** A 200 JSON answer parsed with its documented schema. */
export async function readJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return schema.parse(await response.json());
}

/** An error answer: its status, its code, and the parameter it names (if any). */
export async function expectError(response: Response, status: number, field?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = errorBodySchema.parse(await response.json());
  expect(body.error.message).toBeTruthy();
  if (field) {
    expect(Object.keys(body.error.fields ?? {})).toEqual([field]);
    expect(body.error.message).toContain(`"${field}"`);
  }
  return body.error;
}

/** A minimal RFC 4180 reader for checking the CSV download: fields, quotes, CRLF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const next = text[index + 1];
    if (isQuoted && char === '"' && next === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      isQuoted = !isQuoted;
    } else if (!isQuoted && char === ",") {
      row.push(field);
      field = "";
    } else if (!isQuoted && char === "\r" && next === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 1;
    } else {
      field += char;
    }
  }
  return rows;
}
