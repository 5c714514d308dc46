import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "score-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runScore(args: string[], stdin?: string) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/score.ts", ...args], {
    cwd: root,
    input: stdin ?? "",
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const input = {
  featuredTeam: "Defender",
  crews: [
    { id: "500", team: "Defender" },
    { id: "501", team: "Toyota" },
    { id: "502", team: "Defender" },
  ],
  stages: [
    {
      id: "S1",
      results: [
        { crew: "501", position: 1, status: "FINISHED" },
        { crew: "500", position: 2, status: "FINISHED" },
        { crew: "502", status: "DNF" },
      ],
    },
  ],
  players: [{ id: "ana", joinedAt: "2026-01-02T10:00:00Z", rosters: [{ stage: "S1", crews: ["500", "501"], captain: "500" }] }],
};
const expected = {
  leaderboard: [
    { player: "ana", rank: 1, total: 61, exact: 0, final: 0, stages: { S1: { roster: 61, prediction: 0, penalty: 0, total: 61 } } },
  ],
};

describe("npm run score", { timeout: 60_000 }, () => {
  it("scores a file and prints the contract's JSON with a 2-space indent", () => {
    const file = path.join(dir, "event.json");
    writeFileSync(file, JSON.stringify(input));
    const { code, stdout, stderr } = runScore([file]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it("reads standard input when no file is given", () => {
    const { code, stdout } = runScore([], JSON.stringify(input));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it("rejects bad input with messages naming player, stage and field", () => {
    const bad = { ...input, players: [{ ...input.players[0], rosters: [{ stage: "S1", crews: ["500", "501"], captain: "502" }] }] };
    const { code, stdout, stderr } = runScore([], JSON.stringify(bad));
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain('player "ana", stage "S1", field players[0].rosters[0].captain: captain "502" is not in the roster');
  });

  it("rejects text that is not JSON", () => {
    const { code, stderr } = runScore([], "{ not json");
    expect(code).toBe(1);
    expect(stderr).toContain("not valid JSON");
  });

  it("says so when the file does not exist", () => {
    const { code, stderr } = runScore([path.join(dir, "missing.json")]);
    expect(code).toBe(1);
    expect(stderr).toContain("file not found");
  });
});
