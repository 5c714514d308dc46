import type { EventExport } from "./event-export";

export type ExportIssue = { path: (string | number)[]; message: string };
type Path = ExportIssue["path"];

/** Values listed more than once (by `keyOf`), reported at every repeat. */
function findRepeats<T>(
  items: readonly T[],
  keyOf: (item: T) => string | number | null,
  path: (index: number) => Path,
  what: string,
): ExportIssue[] {
  const seen = new Set<string | number>();
  const issues: ExportIssue[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === null) return;
    if (seen.has(key)) issues.push({ path: path(index), message: `${what} ${JSON.stringify(key)} is listed twice` });
    seen.add(key);
  });
  return issues;
}

function unknown(known: ReadonlySet<string | number>, value: string | number | null, path: Path, what: string): ExportIssue[] {
  return value === null || known.has(value) ? [] : [{ path, message: `unknown ${what} ${JSON.stringify(value)}` }];
}

type Known = { teams: Set<number>; crews: Set<number>; stages: Set<number>; players: Set<string> };

function checkField(file: EventExport, known: Known): ExportIssue[] {
  const issues = [
    ...findRepeats(
      file.teams,
      (team) => team.id,
      (i) => ["teams", i, "id"],
      "team id",
    ),
    ...findRepeats(
      file.teams,
      (team) => team.name,
      (i) => ["teams", i, "name"],
      "team name",
    ),
    ...unknown(known.teams, file.event.featuredTeamId, ["event", "featuredTeamId"], "team"),
    ...findRepeats(
      file.crews,
      (crew) => crew.id,
      (i) => ["crews", i, "id"],
      "crew id",
    ),
    ...findRepeats(
      file.crews,
      (crew) => crew.number,
      (i) => ["crews", i, "number"],
      "crew number",
    ),
    ...findRepeats(
      file.stages,
      (stage) => stage.number,
      (i) => ["stages", i, "number"],
      "stage number",
    ),
  ];
  file.crews.forEach((crew, i) => {
    issues.push(...unknown(known.teams, crew.teamId, ["crews", i, "teamId"], "team"));
    issues.push(...unknown(known.stages, crew.retiredAfterStage, ["crews", i, "retiredAfterStage"], "stage"));
  });
  const checkResults = (rows: readonly { crewId: number; position: number | null }[], base: Path) => {
    issues.push(
      ...findRepeats(
        rows,
        (row) => row.crewId,
        (i) => [...base, i, "crewId"],
        "crew",
      ),
    );
    issues.push(
      ...findRepeats(
        rows,
        (row) => row.position,
        (i) => [...base, i, "position"],
        "position",
      ),
    );
    rows.forEach((row, i) => issues.push(...unknown(known.crews, row.crewId, [...base, i, "crewId"], "crew")));
  };
  file.stages.forEach((stage, s) => checkResults(stage.results, ["stages", s, "results"]));
  checkResults(file.finalResults, ["finalResults"]);
  return issues;
}

function checkRosters(file: EventExport, known: Known): { issues: ExportIssue[]; versionOwner: Map<number, string> } {
  const versionOwner = new Map<number, string>();
  const issues = findRepeats(
    file.rosters,
    (roster) => roster.playerId,
    (i) => ["rosters", i, "playerId"],
    "roster of player",
  );
  file.rosters.forEach((roster, r) => {
    issues.push(...unknown(known.players, roster.playerId, ["rosters", r, "playerId"], "player"));
    roster.versions.forEach((version, v) => {
      const at = ["rosters", r, "versions", v];
      if (versionOwner.has(version.id)) issues.push({ path: [...at, "id"], message: `roster version id ${version.id} is listed twice` });
      versionOwner.set(version.id, roster.playerId);
      issues.push(
        ...findRepeats(
          version.crewIds,
          (id) => id,
          (k) => [...at, "crewIds", k],
          "crew",
        ),
      );
      version.crewIds.forEach((crewId, k) => issues.push(...unknown(known.crews, crewId, [...at, "crewIds", k], "crew")));
      if (version.chipStage != null) issues.push(...unknown(known.stages, version.chipStage, [...at, "chipStage"], "stage"));
      if ((version.chip == null) !== (version.chipStage == null)) {
        issues.push({ path: [...at, "chipStage"], message: "a chip and its stage come together" });
      }
      if (!version.crewIds.includes(version.captainCrewId)) {
        issues.push({ path: [...at, "captainCrewId"], message: `captain ${version.captainCrewId} is not one of the version's crews` });
      }
    });
  });
  return { issues, versionOwner };
}

function checkPlay(file: EventExport, known: Known, versionOwner: ReadonlyMap<number, string>): ExportIssue[] {
  const byStageAndPlayer = (row: { stage: number; playerId: string }) => `stage ${row.stage}, player ${row.playerId}`;
  const issues = [
    ...findRepeats(file.stageRosters, byStageAndPlayer, (i) => ["stageRosters", i], "locked roster of"),
    ...findRepeats(file.podiumCalls, byStageAndPlayer, (i) => ["podiumCalls", i], "podium call of"),
    ...findRepeats(file.stageScores, byStageAndPlayer, (i) => ["stageScores", i], "stage score of"),
    ...findRepeats(
      file.standings,
      (row) => row.playerId,
      (i) => ["standings", i, "playerId"],
      "standing of player",
    ),
  ];
  for (const [name, rows] of [
    ["stageRosters", file.stageRosters],
    ["podiumCalls", file.podiumCalls],
    ["stageScores", file.stageScores],
  ] as const) {
    rows.forEach((row, i) => {
      issues.push(...unknown(known.stages, row.stage, [name, i, "stage"], "stage"));
      issues.push(...unknown(known.players, row.playerId, [name, i, "playerId"], "player"));
    });
  }
  file.stageRosters.forEach((row, i) => {
    if (versionOwner.get(row.rosterVersionId) !== row.playerId) {
      issues.push({
        path: ["stageRosters", i, "rosterVersionId"],
        message: `roster version ${row.rosterVersionId} is not one of this player's versions`,
      });
    }
  });
  file.podiumCalls.forEach((call, i) => {
    const podium = [call.p1CrewId, call.p2CrewId, call.p3CrewId];
    (["p1CrewId", "p2CrewId", "p3CrewId", "featuredBestCrewId"] as const).forEach((slot) =>
      issues.push(...unknown(known.crews, call[slot], ["podiumCalls", i, slot], "crew")),
    );
    if (new Set(podium).size !== 3) issues.push({ path: ["podiumCalls", i], message: "P1, P2 and P3 must be three different crews" });
  });
  file.standings.forEach((row, i) => issues.push(...unknown(known.players, row.playerId, ["standings", i, "playerId"], "player")));
  return issues;
}

function checkLeagues(file: EventExport, known: Known): ExportIssue[] {
  const issues = findRepeats(
    file.leagues,
    (league) => league.inviteCode,
    (i) => ["leagues", i, "inviteCode"],
    "invite code",
  );
  file.leagues.forEach((league, l) => {
    issues.push(...unknown(known.players, league.ownerId, ["leagues", l, "ownerId"], "player"));
    issues.push(
      ...findRepeats(
        league.members,
        (member) => member.playerId,
        (m) => ["leagues", l, "members", m, "playerId"],
        "member",
      ),
    );
    league.members.forEach((member, m) =>
      issues.push(...unknown(known.players, member.playerId, ["leagues", l, "members", m, "playerId"], "player")),
    );
  });
  return issues;
}

/** Every broken reference in a structurally valid file, each with the path of the field at fault. */
export function findExportReferenceIssues(file: EventExport): ExportIssue[] {
  const known: Known = {
    teams: new Set(file.teams.map((team) => team.id)),
    crews: new Set(file.crews.map((crew) => crew.id)),
    stages: new Set(file.stages.map((stage) => stage.number)),
    players: new Set(file.players.map((player) => player.id)),
  };
  const players = [
    ...findRepeats(
      file.players,
      (player) => player.id,
      (i) => ["players", i, "id"],
      "player id",
    ),
    // Display names are unique regardless of case in the database.
    ...findRepeats(
      file.players,
      (player) => player.displayName?.toLowerCase() ?? null,
      (i) => ["players", i, "displayName"],
      "display name",
    ),
  ];
  const rosters = checkRosters(file, known);
  return [
    ...checkField(file, known),
    ...players,
    ...rosters.issues,
    ...checkPlay(file, known, rosters.versionOwner),
    ...checkLeagues(file, known),
  ];
}
