import { describe, expect, it } from "vitest";
import { formatIssuePath, parseEventExport, type EventExport } from "@/lib/validation/event-export";

const A = "0b6c7f0e-5d43-4c49-9a51-0f0f7c3c1a01";
const B = "0b6c7f0e-5d43-4c49-9a51-0f0f7c3c1a02";

/** The smallest sensible file: two teams, four crews, two stages, two players. */
function validFile(): EventExport {
  const crew = (id: number, teamId: number) => ({
    id,
    teamId,
    number: 100 + id,
    driver: `Driver ${id}`,
    driverNationality: "FRA",
    coDriver: null,
    coDriverNationality: null,
    vehicle: null,
    category: "STOCK" as const,
    price: 20,
    isSamplePrice: true,
    status: "RUNNING" as const,
    retiredAfterStage: null,
    source: null,
  });
  const stage = (number: number, startsAt: string) => ({
    number,
    name: null,
    type: "STAGE" as const,
    startTown: "Yanbu",
    finishTown: "AlUla",
    specialKm: null,
    totalKm: null,
    startsAt,
    status: "SCHEDULED" as const,
    resultsStatus: null,
    resultsPublishedAt: null,
    correctedAt: null,
    correctionReason: null,
    note: null,
    results: [],
  });
  return {
    format: "dune-draft-event",
    version: 1,
    exportedAt: "2027-01-04T12:00:00.000Z",
    season: { slug: "w2rc-2027", name: "W2RC 2027", year: 2027 },
    event: {
      slug: "dakar-2027",
      name: "Dakar Rally 2027",
      country: null,
      timeZone: "Asia/Riyadh",
      startDate: "2027-01-02",
      endDate: "2027-01-16",
      featuredTeamId: 1,
      rules: {},
      status: "LIVE",
      isSample: true,
      description: null,
      finalStatus: null,
      finalPublishedAt: null,
    },
    teams: [1, 2].map((id) => ({ id, name: `Team ${id}`, manufacturer: null, vehicle: null, note: null })),
    crews: [crew(11, 1), crew(12, 1), crew(21, 2), crew(22, 2)],
    stages: [
      stage(0, "2027-01-03T04:00:00.000Z"),
      {
        ...stage(1, "2027-01-04T04:00:00.000Z"),
        resultsStatus: "PROVISIONAL",
        results: [{ crewId: 11, position: 1, status: "FINISHED", timeSeconds: 3600, penaltySeconds: 0 }],
      },
    ],
    finalResults: [],
    players: [
      { id: A, displayName: "Dune Fox", isDeleted: false },
      { id: B, displayName: null, isDeleted: true },
    ],
    rosters: [
      {
        playerId: A,
        joinedAt: "2027-01-01T10:00:00.000Z",
        versions: [{ id: 5, savedAt: "2027-01-01T10:00:00.123456Z", captainCrewId: 11, crewIds: [11, 21, 22] }],
      },
    ],
    stageRosters: [{ stage: 0, playerId: A, rosterVersionId: 5, transfers: 0 }],
    podiumCalls: [
      {
        stage: 1,
        playerId: B,
        p1CrewId: 11,
        p2CrewId: 21,
        p3CrewId: 12,
        featuredBestCrewId: null,
        createdAt: "2027-01-03T10:00:00.000Z",
        updatedAt: "2027-01-03T10:00:00.000Z",
      },
    ],
    stageScores: [],
    standings: [],
    leagues: [
      {
        name: "Dune Foxes",
        ownerId: A,
        inviteCode: "ABCD2345",
        createdAt: "2027-01-01T10:00:00.000Z",
        members: [{ playerId: A, joinedAt: "2027-01-01T10:00:00.000Z" }],
      },
    ],
  };
}

function errorsOf(change: (file: EventExport) => void): string[] {
  const file = validFile();
  change(file);
  const parsed = parseEventExport(JSON.parse(JSON.stringify(file)));
  return parsed.ok ? [] : parsed.errors;
}

describe("event export files", () => {
  it("accepts a valid file and keeps saved times to the microsecond", () => {
    const parsed = parseEventExport(validFile());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.rosters[0]!.versions[0]!.savedAt).toBe("2027-01-01T10:00:00.123456Z");
  });

  it("turns issue paths into what a reader of the JSON writes", () => {
    expect(formatIssuePath(["stages", 3, "startsAt"])).toBe("stages[3].startsAt");
    expect(formatIssuePath(["rosters", 0, "versions", 1, "crewIds", 2])).toBe("rosters[0].versions[1].crewIds[2]");
    expect(formatIssuePath([])).toBe("");
  });

  it("reads version 2's chips, and version 1 files that have none", () => {
    const withChip = validFile();
    withChip.version = 2;
    Object.assign(withChip.rosters[0]!.versions[0]!, { chip: "JOKER", chipStage: 1 });
    const parsed = parseEventExport(withChip);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.rosters[0]!.versions[0]!.chip).toBe("JOKER");
    expect(parseEventExport(validFile()).ok).toBe(true);
    expect(errorsOf((file) => Object.assign(file.rosters[0]!.versions[0]!, { chip: "TURBO", chipStage: 1 }))[0]).toMatch(
      /^rosters\[0\]\.versions\[0\]\.chip: /,
    );
    expect(errorsOf((file) => Object.assign(file.rosters[0]!.versions[0]!, { chip: "JOKER", chipStage: 9 }))).toEqual([
      "rosters[0].versions[0].chipStage: unknown stage 9",
    ]);
  });

  it("says when a file is not an export, or a version this app does not read", () => {
    expect(parseEventExport([1, 2])).toEqual({ ok: false, errors: ["the file must hold a JSON object (a Dune Draft event export)"] });
    expect(errorsOf((file) => Object.assign(file, { format: "other" }))).toEqual([
      'format: must be "dune-draft-event" (this is not a Dune Draft event export)',
    ]);
    expect(errorsOf((file) => Object.assign(file, { version: 3 }))).toEqual(["version: this app reads version 1 and 2 files, not 3"]);
  });

  it("names the field of a bad value", () => {
    expect(
      errorsOf((file) => {
        file.stages[1]!.startsAt = "2027-01-04 04:00";
      }),
    ).toEqual([expect.stringMatching(/^stages\[1\]\.startsAt: invalid date/)]);
    expect(
      errorsOf((file) => {
        file.event.endDate = "2027-01-01";
      }),
    ).toEqual(["event.endDate: must not be before startDate"]);
    expect(
      errorsOf((file) => {
        file.players[0]!.id = "not-a-uuid";
      }),
    ).toContain("players[0].id: must be a player uuid");
    expect(errorsOf((file) => Object.assign(file.crews[0]!, { email: "x@example.test" }))).toEqual([
      expect.stringMatching(/^crews\[0\]: Unrecognized key: "email"/),
    ]);
    expect(
      errorsOf((file) => {
        file.stages[1]!.results[0]!.status = "DNF";
      }),
    ).toEqual(["stages[1].results[0].position: only a FINISHED crew has a position"]);
  });

  it("names every broken reference", () => {
    expect(
      errorsOf((file) => {
        file.rosters[0]!.versions[0]!.crewIds[1] = 99;
      }),
    ).toEqual(["rosters[0].versions[0].crewIds[1]: unknown crew 99"]);
    expect(
      errorsOf((file) => {
        file.rosters[0]!.versions[0]!.captainCrewId = 12;
      }),
    ).toEqual(["rosters[0].versions[0].captainCrewId: captain 12 is not one of the version's crews"]);
    expect(
      errorsOf((file) => {
        file.event.featuredTeamId = 3;
      }),
    ).toEqual(["event.featuredTeamId: unknown team 3"]);
    expect(
      errorsOf((file) => {
        file.crews[0]!.teamId = 3;
      }),
    ).toEqual(["crews[0].teamId: unknown team 3"]);
    expect(
      errorsOf((file) => {
        file.podiumCalls[0]!.stage = 7;
      }),
    ).toEqual(["podiumCalls[0].stage: unknown stage 7"]);
    expect(
      errorsOf((file) => {
        file.podiumCalls[0]!.p3CrewId = 11;
      }),
    ).toEqual(["podiumCalls[0]: P1, P2 and P3 must be three different crews"]);
    expect(
      errorsOf((file) => {
        file.stageRosters[0]!.playerId = B;
      }),
    ).toEqual([`stageRosters[0].rosterVersionId: roster version 5 is not one of this player's versions`]);
    expect(
      errorsOf((file) => {
        file.leagues[0]!.members.push({ playerId: "0b6c7f0e-5d43-4c49-9a51-0f0f7c3c1a09", joinedAt: "2027-01-01T10:00:00.000Z" });
      }),
    ).toEqual(['leagues[0].members[1].playerId: unknown player "0b6c7f0e-5d43-4c49-9a51-0f0f7c3c1a09"']);
    expect(
      errorsOf((file) => {
        file.players[1]!.displayName = "DUNE FOX";
      }),
    ).toEqual(['players[1].displayName: display name "dune fox" is listed twice']);
    expect(
      errorsOf((file) => {
        file.crews[1]!.number = 111;
      }),
    ).toEqual(["crews[1].number: crew number 111 is listed twice"]);
  });
});
