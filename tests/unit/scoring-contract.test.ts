import { describe, expect, it } from "vitest";
import {
  parseScoringInput,
  rankStage,
  scoreCrewStage,
  scoreEvent,
  scorePlayers,
  type ResultRow,
  type ScoringInputDraft,
} from "@/lib/game/scoring";
import { DEFAULT_RULES } from "@/lib/game/rules";

type Draft = ScoringInputDraft;
type Player = Draft["players"][number];

const CREWS = [
  { id: "500", team: "Defender" },
  { id: "501", team: "Toyota" },
  { id: "502", team: "Defender" },
  { id: "503", team: "Toyota" },
  { id: "504", team: "Defender" },
];
/** Finishers in the order given: the first is P1. */
const finished = (...crews: string[]) => crews.map((crew, i) => ({ crew, position: i + 1, status: "FINISHED" as const }));
const S1 = finished("502", "503", "501", "500", "504");

const DESIGN_EXAMPLE: Draft = {
  rules: { stagePoints: [25, 18, 15, 12, 10, 8, 6, 4, 2, 1] },
  featuredTeam: "Defender",
  crews: CREWS,
  stages: [
    { id: "S1", results: S1 },
    { id: "S2", results: null },
  ],
  final: null,
  players: [
    {
      id: "alice",
      joinedAt: "2026-01-02T10:00:00Z",
      rosters: [{ stage: "S1", crews: ["500", "502", "503"], captain: "502" }],
      predictions: [{ stage: "S1", podium: ["502", "501", "503"], featuredBest: "502" }],
    },
  ],
};

const player = (id: string, rest: Partial<Player> = {}): Player => ({ id, joinedAt: "2026-01-01T00:00:00Z", ...rest });
const event = (rest: Partial<Draft>): Draft => ({
  featuredTeam: "Defender",
  crews: CREWS,
  stages: [{ id: "S1", results: S1 }],
  players: [],
  ...rest,
});

function score(draft: Draft) {
  const parsed = parseScoringInput(draft);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return scoreEvent(parsed.value);
}
function rowOf(draft: Draft, id = "p") {
  const row = score(draft).leaderboard.find((entry) => entry.player === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}
function errorsOf(draft: unknown): string[] {
  const parsed = parseScoringInput(draft);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? [] : parsed.errors;
}

describe("the DESIGN.md example", () => {
  it("scores alice 103: roster 80, prediction 23", () => {
    expect(score(DESIGN_EXAMPLE)).toEqual({
      leaderboard: [
        {
          player: "alice",
          rank: 1,
          total: 103,
          exact: 1,
          final: 0,
          stages: { S1: { roster: 80, prediction: 23, penalty: 0, total: 103 } },
        },
      ],
    });
  });
});

describe("crew stage points", () => {
  it("follows the position table, DNF/DSQ penalty and zeros", () => {
    const rules = DEFAULT_RULES;
    expect(scoreCrewStage({ crew: "x", status: "FINISHED", position: 1 }, false, rules)).toBe(25);
    expect(scoreCrewStage({ crew: "x", status: "FINISHED", position: 10 }, false, rules)).toBe(1);
    expect(scoreCrewStage({ crew: "x", status: "FINISHED", position: 11 }, false, rules)).toBe(0);
    expect(scoreCrewStage({ crew: "x", status: "FINISHED", position: null }, false, rules)).toBe(0);
    expect(scoreCrewStage({ crew: "x", status: "DNF" }, false, rules)).toBe(-5);
    expect(scoreCrewStage({ crew: "x", status: "DSQ" }, false, rules)).toBe(-5);
    expect(scoreCrewStage({ crew: "x", status: "DNS" }, false, rules)).toBe(0);
    expect(scoreCrewStage(undefined, false, rules)).toBe(0);
    expect(scoreCrewStage({ crew: "x", status: "FINISHED", position: 1 }, true, rules)).toBe(0);
  });

  it("multiplies the captain's points, the DNF penalty included", () => {
    const results = [...finished("502", "503"), { crew: "500", status: "DNF" as const }, { crew: "501", status: "DNS" as const }];
    const roster = (captain: string) => [{ stage: "S1", crews: ["500", "502", "501"], captain }];
    expect(rowOf(event({ stages: [{ id: "S1", results }], players: [player("p", { rosters: roster("500") })] })).total).toBe(-10 + 25);
    expect(rowOf(event({ stages: [{ id: "S1", results }], players: [player("p", { rosters: roster("502") })] })).total).toBe(-5 + 50);
  });

  it("scores a roster of any size: roster constraints are the roster builder's job", () => {
    const rosters = [{ stage: "S1", crews: ["502", "503", "501", "500", "504"], captain: "504" }];
    expect(rowOf(event({ rules: { captainMultiplier: 3 }, players: [player("p", { rosters })] })).total).toBe(25 + 18 + 15 + 12 + 30);
  });
});

describe("podium calls", () => {
  const call = (podium: string[], featuredBest: string | null, results: ResultRow[] = S1) =>
    rowOf(event({ stages: [{ id: "S1", results }], players: [player("p", { predictions: [{ stage: "S1", podium, featuredBest }] })] }));

  it("gives 10 per exact slot, 4 per podium crew in another slot, nothing otherwise", () => {
    expect(call(["502", "500", "504"], "500").stages.S1?.prediction).toBe(10);
    expect(call(["503", "501", "502"], "500").stages.S1?.prediction).toBe(12);
    expect(call(["500", "504", "501"], "500")).toMatchObject({ exact: 1, stages: { S1: { prediction: 10 } } });
  });

  it("adds 15 when all three are exact and 5 for the featured best", () => {
    expect(call(["502", "503", "501"], "502")).toMatchObject({ total: 30 + 15 + 5, exact: 3 });
  });

  it("rewards 'none' only when no featured crew finished with a position", () => {
    const noDefender = [...finished("503", "501"), { crew: "502", status: "DNF" as const }, { crew: "500", status: "FINISHED" as const }];
    expect(call(["503", "501", "504"], null, noDefender).total).toBe(20 + 5);
    expect(call(["503", "501", "504"], "502", noDefender).total).toBe(20);
    expect(call(["502", "503", "501"], null).total).toBe(45);
  });
});

describe("rosters over stages", () => {
  const stages = [
    { id: "S1", results: S1 },
    { id: "S2", results: finished("500", "501", "502") },
    { id: "S3", results: finished("503", "504", "500") },
  ];

  it("carries a roster over and scores no roster points before the first entry", () => {
    const p = player("p", {
      rosters: [{ stage: "S2", crews: ["500"], captain: "500" }],
      predictions: [{ stage: "S1", podium: ["502", "503", "501"], featuredBest: "502" }],
    });
    expect(rowOf(event({ stages, players: [p] })).stages).toEqual({
      S1: { roster: 0, prediction: 50, penalty: 0, total: 50 },
      S2: { roster: 50, prediction: 0, penalty: 0, total: 50 },
      S3: { roster: 30, prediction: 0, penalty: 0, total: 30 },
    });
  });

  it("charges transfers beyond the free one on the stage where the roster is used", () => {
    const rosters = [
      { stage: "S1", crews: ["500", "501", "502"], captain: "500" },
      { stage: "S3", crews: ["503", "504", "502"], captain: "503" },
    ];
    const row = rowOf(event({ stages, players: [player("p", { rosters })] }));
    expect(row.stages.S3).toEqual({ roster: 50 + 18, prediction: 0, penalty: 10, total: 58 });
    expect(row.stages.S2?.penalty).toBe(0);
  });

  it("lets a retired crew go free and scores it nothing once out", () => {
    const crews = CREWS.map((crew) => (crew.id === "501" ? { ...crew, retiredAfter: "S1" } : crew));
    const late = [
      { id: "S1", results: S1 },
      { id: "S2", results: [...finished("500", "502"), { crew: "501", status: "DNF" as const }] },
    ];
    const kept = [{ stage: "S1", crews: ["500", "501"], captain: "501" }];
    expect(rowOf(event({ crews, stages: late, players: [player("p", { rosters: kept })] })).stages.S2?.roster).toBe(25);
    const swapped = [...kept, { stage: "S2", crews: ["500", "503", "504"], captain: "500" }];
    // 501 (retired) out, 503 and 504 in: one free swap, one free transfer.
    expect(rowOf(event({ crews, stages: late, players: [player("p", { rosters: swapped })] })).stages.S2).toEqual({
      roster: 50,
      prediction: 0,
      penalty: 0,
      total: 50,
    });
  });
});

describe("unpublished stages", () => {
  it("score nothing, have no entry, and hold their penalty until published", () => {
    const rosters = [
      { stage: "S1", crews: ["500", "501", "502"], captain: "500" },
      { stage: "S2", crews: ["503", "504", "500"], captain: "500" },
    ];
    const p = player("p", { rosters, predictions: [{ stage: "S2", podium: ["500", "501", "502"], featuredBest: null }] });
    const draft = event({
      stages: [
        { id: "S1", results: S1 },
        { id: "S2", results: null },
      ],
      players: [p],
    });
    expect(rowOf(draft)).toMatchObject({ total: 24 + 15 + 25, stages: { S1: { total: 64 } } });
    expect(Object.keys(rowOf(draft).stages)).toEqual(["S1"]);
    const published = {
      ...draft,
      stages: [
        { id: "S1", results: S1 },
        { id: "S2", results: finished("503") },
      ],
    };
    // Two crews in, one free: −10. No featured crew finished, so the "none" call earns 5.
    expect(rowOf(published).stages.S2).toEqual({ roster: 25, prediction: 5, penalty: 10, total: 20 });
  });

  it("lists players with nothing, with zeros on every published stage", () => {
    const draft = event({
      stages: [
        { id: "S1", results: S1 },
        { id: "S2", results: null },
      ],
      players: [player("p")],
    });
    expect(score(draft).leaderboard).toEqual([
      { player: "p", rank: 1, total: 0, exact: 0, final: 0, stages: { S1: { roster: 0, prediction: 0, penalty: 0, total: 0 } } },
    ]);
  });
});

describe("final bonus", () => {
  const rosters = [
    { stage: "S1", crews: ["503", "504"], captain: "503" },
    { stage: "S2", crews: ["502", "500"], captain: "502" },
  ];
  const stages = [
    { id: "S1", results: S1 },
    { id: "S2", results: null },
  ];

  it("pays finalPoints to the last entry's crews, without the captain multiplier", () => {
    const final = [...finished("502", "504", "503"), { crew: "500", status: "DNF" as const }];
    expect(rowOf(event({ stages, final, players: [player("p", { rosters })] }))).toMatchObject({ final: 50, total: 50 + 36 + 10 });
    expect(rowOf(event({ stages, final: { results: final }, players: [player("p", { rosters })] })).final).toBe(50);
    expect(rowOf(event({ stages, final: null, players: [player("p", { rosters })] })).final).toBe(0);
  });

  it("reads a final row with a position and no status as FINISHED", () => {
    const final = [
      { crew: "502", position: 1 },
      { crew: "504", position: 2 },
      { crew: "503", position: 3 },
      { crew: "500", status: "DNF" },
    ];
    expect(rowOf(event({ stages, final, players: [player("p", { rosters })] }))).toMatchObject({ final: 50, total: 50 + 36 + 10 });
    expect(rowOf(event({ stages, final: { results: final }, players: [player("p", { rosters })] })).final).toBe(50);
    // Without a position there is nothing to infer: the status stays required.
    expect(errorsOf(event({ stages, final: [{ crew: "502" }] }))).toEqual([
      expect.stringMatching(/^final classification, field final\[0\]\.status: /),
    ]);
    // Stage rows keep their status: the default is the final classification's only.
    expect(errorsOf({ ...event({}), stages: [{ id: "S1", results: [{ crew: "502", position: 1 }] }] })).toEqual([
      expect.stringContaining("stages[0].results[0].status"),
    ]);
  });
});

describe("ranking", () => {
  const predict = (podium: string[]) => [{ stage: "S1", podium, featuredBest: null }];
  it("ranks by total then exact, sharing ranks 1, 2, 2, 4, ties listed by joinedAt then id", () => {
    const players = [
      player("d", { joinedAt: "2026-01-03T00:00:00Z", predictions: predict(["503", "502", "501"]) }), // 4 + 4 + 10 = 18, exact 1
      player("c", { joinedAt: "2026-01-01T00:00:00+01:00", predictions: predict(["503", "502", "501"]) }), // same, joined earlier
      player("b", { joinedAt: "2026-01-01T00:00:00+01:00", predictions: predict(["503", "502", "501"]) }),
      player("a", { predictions: predict(["501", "503", "502"]) }), // 4 + 10 + 4 = 18, exact 1
      player("e", { predictions: predict(["502", "501", "503"]) }), // 10 + 4 + 4 = 18, exact 1
      player("top", { predictions: predict(["502", "503", "501"]) }),
      player("low", { predictions: predict(["500", "504", "501"]) }),
      player("mid", { predictions: predict(["501", "502", "503"]) }), // 12, exact 0
    ];
    const board = score(event({ players })).leaderboard.map((row) => [row.player, row.rank, row.total]);
    expect(board).toEqual([
      ["top", 1, 45],
      ["b", 2, 18],
      ["c", 2, 18],
      ["a", 2, 18],
      ["e", 2, 18],
      ["d", 2, 18],
      ["mid", 7, 12],
      ["low", 8, 10],
    ]);
  });

  it("uses exact slots to break a tie on total", () => {
    const players = [
      player("wide", { predictions: predict(["503", "502", "500"]) }),
      player("exact", { predictions: predict(["502", "500", "504"]) }),
    ];
    expect(score(event({ players })).leaderboard.map((row) => [row.player, row.rank, row.total])).toEqual([
      ["exact", 1, 10],
      ["wide", 2, 8],
    ]);
  });

  it("ranks one stage by its total, then its exact slots", () => {
    const stages = [
      { id: "S1", results: S1 },
      { id: "S2", results: finished("500", "501", "502") },
      { id: "S3", results: null },
    ];
    const players = [
      player("x", { predictions: [{ stage: "S2", podium: ["501", "502", "500"], featuredBest: "504" }] }), // 12, exact 0
      player("y", { predictions: [{ stage: "S2", podium: ["500", "503", "504"], featuredBest: "504" }] }), // 10, exact 1
      player("z", { rosters: [{ stage: "S2", crews: ["503"], captain: "503" }] }),
    ];
    const parsed = parseScoringInput(event({ stages, players }));
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const scores = scorePlayers(parsed.value);
    expect(rankStage(scores, "S2")).toEqual([
      { player: "x", rank: 1, total: 12, exact: 0 },
      { player: "y", rank: 2, total: 10, exact: 1 },
      { player: "z", rank: 3, total: 0, exact: 0 },
    ]);
    expect(rankStage(scores, "S3")).toEqual([]);
  });
});

describe("bad input", () => {
  const withPlayer = (rest: Partial<Player>) => event({ players: [player("bob", rest)] });
  const roster = (crews: string[], captain: string, stage = "S1") => ({ rosters: [{ stage, crews, captain }] });
  const call = (podium: string[], stage = "S1") => ({ predictions: [{ stage, podium, featuredBest: null }] });
  const cases: [string, unknown, string][] = [
    [
      "unknown crew",
      withPlayer(roster(["500", "999"], "500")),
      'player "bob", stage "S1", field players[0].rosters[0].crews[1]: unknown crew "999"',
    ],
    [
      "duplicate crew",
      withPlayer(roster(["500", "500"], "500")),
      'player "bob", stage "S1", field players[0].rosters[0].crews[1]: crew "500" is listed twice',
    ],
    [
      "captain outside the roster",
      withPlayer(roster(["500", "501"], "502")),
      'player "bob", stage "S1", field players[0].rosters[0].captain: captain "502" is not in the roster',
    ],
    [
      "podium of two",
      withPlayer(call(["500", "501"])),
      'player "bob", stage "S1", field players[0].predictions[0].podium: must name three distinct crews',
    ],
    [
      "podium repeat",
      withPlayer(call(["500", "501", "500"])),
      'player "bob", stage "S1", field players[0].predictions[0].podium[2]: podium crew "500" is listed twice',
    ],
    [
      "podium unknown crew",
      withPlayer(call(["500", "501", "x"])),
      'player "bob", stage "S1", field players[0].predictions[0].podium[2]: unknown crew "x"',
    ],
    [
      "unknown roster stage",
      withPlayer(roster(["500"], "500", "S9")),
      'player "bob", stage "S9", field players[0].rosters[0].stage: unknown stage "S9"',
    ],
    [
      "unknown prediction stage",
      withPlayer(call(["500", "501", "502"], "S9")),
      'player "bob", stage "S9", field players[0].predictions[0].stage: unknown stage "S9"',
    ],
    [
      "two finishers on one position",
      event({ stages: [{ id: "S1", results: [...finished("500", "501"), { crew: "502", position: 2, status: "FINISHED" }] }] }),
      'stage "S1", field stages[0].results[2].position: two finishers on position 2: "501" and "502"',
    ],
    [
      "unknown crew in results",
      event({ stages: [{ id: "S1", results: finished("500", "77") }] }),
      'stage "S1", field stages[0].results[1].crew: unknown crew "77"',
    ],
    ["missing joinedAt", event({ players: [{ id: "bob" } as Player] }), 'player "bob", field players[0].joinedAt: '],
    [
      "wrong field type",
      withPlayer({ rosters: [{ stage: "S1", crews: "500", captain: "500" } as never] }),
      'player "bob", stage "S1", field players[0].rosters[0].crews: ',
    ],
    ["unknown rule", { ...event({}), rules: { budgt: 1 } }, 'field rules: Unrecognized key: "budgt"'],
    ["not an object", [], "field (input): "],
  ];

  it.each(cases)("rejects %s, naming player, stage and field", (_name, draft, message) => {
    expect(errorsOf(draft)).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
  });

  it("reports every problem at once", () => {
    const errors = errorsOf(withPlayer({ ...roster(["500", "500"], "502"), ...call(["500"]) }));
    expect(errors).toHaveLength(3);
  });
});

describe("chips", () => {
  // S2: 500 DNF, 502 DSQ, 503 second: the roster [500, 502, 503] with 502 captain scores −5 − 10 + 18 = 3.
  const S2: ResultRow[] = [
    { crew: "501", position: 1, status: "FINISHED" },
    { crew: "503", position: 2, status: "FINISHED" },
    { crew: "504", position: 3, status: "FINISHED" },
    { crew: "500", status: "DNF" },
    { crew: "502", status: "DSQ" },
  ];
  const stages = [
    { id: "S1", results: S1 },
    { id: "S2", results: S2 },
    { id: "S3", results: S1 },
  ];
  const entry = (stage: string, chip?: "JOKER" | "WILDCARD" | "SHIELD", crews = ["500", "502", "503"], captain = "502") => ({
    stage,
    crews,
    captain,
    ...(chip ? { chip } : {}),
  });
  const stagesOf = (rosters: Player["rosters"], rules: Draft["rules"] = {}) =>
    rowOf(event({ stages, rules, players: [player("p", { rosters })] })).stages;

  it("the Joker multiplies the stage's roster points after the captain, also when they are negative", () => {
    expect(stagesOf([entry("S1", "JOKER")]).S1!.roster).toBe(160);
    expect(stagesOf([entry("S1"), entry("S2", "JOKER")]).S2!.roster).toBe(6);
    expect(stagesOf([entry("S1", "JOKER")], { jokerMultiplier: 3 }).S1!.roster).toBe(240);
  });

  it("acts on its own stage only, not on the stages the roster carries over to", () => {
    const scored = stagesOf([entry("S1", "JOKER")]);
    expect(scored.S2!.roster).toBe(3);
    expect(scored.S3!.roster).toBe(80);
  });

  it("the Shield turns the stage's DNF and DSQ into 0, the captain's too", () => {
    expect(stagesOf([entry("S1"), entry("S2")]).S2!.roster).toBe(3);
    expect(stagesOf([entry("S1"), entry("S2", "SHIELD")]).S2!.roster).toBe(18);
  });

  it("the Wildcard makes the stage's transfers free and banks as if none were made", () => {
    const swapped = ["501", "504", "503"];
    const plain = stagesOf([entry("S1"), entry("S2", undefined, swapped, "503"), entry("S3")]);
    // Two transfers against one free one on S2, then two against one again on S3.
    expect([plain.S2!.penalty, plain.S3!.penalty]).toEqual([10, 10]);
    const wild = stagesOf([entry("S1"), entry("S2", "WILDCARD", swapped, "503"), entry("S3")]);
    // S2 free; the bank went 0 → 1, so S3 offers two free transfers.
    expect([wild.S2!.penalty, wild.S3!.penalty]).toEqual([0, 0]);
    expect(wild.S2!.total).toBe(plain.S2!.total + 10);
  });

  it("rejects an unknown chip, a chip the event does not offer and a chip played twice, naming player, stage and field", () => {
    expect(errorsOf(event({ stages, players: [player("p", { rosters: [entry("S1", "TURBO" as never)] })] }))).toEqual([
      expect.stringContaining('player "p", stage "S1", field players[0].rosters[0].chip: must be one of JOKER, WILDCARD, SHIELD'),
    ]);
    expect(errorsOf(event({ stages, rules: { chips: ["JOKER"] }, players: [player("p", { rosters: [entry("S1", "SHIELD")] })] }))).toEqual([
      expect.stringContaining('player "p", stage "S1", field players[0].rosters[0].chip: chip "SHIELD" is not offered'),
    ]);
    expect(errorsOf(event({ stages, players: [player("p", { rosters: [entry("S1", "JOKER"), entry("S2", "JOKER")] })] }))).toEqual([
      expect.stringContaining('player "p", stage "S2", field players[0].rosters[1].chip: chip "JOKER" is played twice'),
    ]);
    expect(errorsOf(event({ stages, rules: { chips: ["JOKER", "JOKER"] } }))[0]).toContain("field rules.chips: lists a chip twice");
  });

  it("prints no chip field: the effects are in the stage's numbers", () => {
    expect(Object.keys(stagesOf([entry("S1", "JOKER")]).S1!)).toEqual(["roster", "prediction", "penalty", "total"]);
  });
});
