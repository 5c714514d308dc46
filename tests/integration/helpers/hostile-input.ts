import fc from "fast-check";

// Hostile values for forms, paths and query strings. Every value is either malformed or points at
// something the caller may not touch, so no generated request may ever write: the bad-input test
// checks that by fingerprinting the database around each call.

/** What exists in the fuzzed database, chosen so that no combination of it makes a valid write. */
export type HostileWorld = {
  /** Event slugs; the only crews offered belong to an event whose every stage has started. */
  slugs: string[];
  /** Stages at version 1; the generated versions are never 1, so admin edits always conflict. */
  stageIds: number[];
  crewIds: number[];
  /** Leagues of other players, which the signed-in player is not in. */
  leagueIds: number[];
  otherUserIds: string[];
  /** Another player's display name, so a name change meets "taken". */
  takenDisplayName: string;
};

const sources = import.meta.glob<string>(["../../../lib/server/actions/*.ts", "../../../lib/validation/*.ts"], {
  eager: true,
  query: "?raw",
  import: "default",
});
/** Enum values and keywords the server compares against ("save", "DELETE", "ADMIN", "running"...). */
const KEYWORDS = [
  ...new Set(Object.values(sources).flatMap((source) => [...source.matchAll(/"([A-Za-z][A-Za-z-]{1,30})"/g)].map((match) => match[1]!))),
];

const ATTACKS = [
  `'; DROP TABLE "user"; --`,
  "1' OR '1'='1",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  `"><script>alert(document.cookie)</script>`,
  "javascript:alert(1)",
  "//evil.example/steal",
  "../../../etc/passwd",
  "{{7*7}}${7*7}",
  "%00%27%3Cscript%3E",
  "\u0000",
  "\u202Egnp.exe\u202C",
  "שלום עולם\u200F",
  "مرحبا\u200Bبالعالم",
  "👨‍👩‍👧‍👦🏎️🔥",
  "\uD800lone surrogate",
  "e\u0301\u0301\u0301 combining",
  "null",
  "undefined",
  "[object Object]",
  "__proto__",
  `{"__proto__":{"admin":true}}`,
  "[]",
  "   ",
  "\r\n",
  "",
];
const HUGE = ["x".repeat(10_000), "🏁".repeat(10_000), "<".repeat(10_001), "9".repeat(10_000)];
/** Characters no name, slug, email or code accepts: a string carrying one is always refused. */
const POISONS = ["\u0000", "\u202E", "\u200B", "<", ";", '"', "\uFEFF", "\n", "\u0007"];

const unicode = fc.string({ unit: "grapheme", maxLength: 30 });
/** Always invalid as a display name, slug, email or invite code, whatever surrounds the poison. */
export const poisoned = fc.tuple(unicode, fc.constantFrom(...POISONS), unicode).map((parts) => parts.join(""));
const attack = fc.oneof(fc.constantFrom(...ATTACKS), fc.constantFrom(...HUGE), poisoned);
const text = fc.oneof(
  { weight: 3, arbitrary: attack },
  { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 1, arbitrary: unicode },
);

// Never a whole number from 2000 to 2100, so a season can never be created with a generated year.
const NUMBERS = [
  "-1",
  "0",
  "1",
  "3",
  "1.5",
  "-0",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "2147483648",
  "-2147483649",
  "9007199254740993",
  "0x10",
  " 3 ",
  "٣",
  "+5",
  "1e3",
  "12abc",
  "1,000",
];
export const number = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.integer({ min: -1_000_000, max: 1_999 }).map(String),
  fc.double().map(String),
  attack,
);
/** Ids that exist in no table of the test database. */
const unknownId = fc.oneof(fc.constantFrom("2147483647", "2000000001"), fc.integer({ min: 1_500_000_000, max: 2_147_483_646 }).map(String));
/** Numbers as the server coerces them (" 3 ", "0x10" and "1e3" are ids too), minus every id a row could have. */
const notAnId = number.filter((value) => {
  const coerced = Number(value);
  return !(Number.isInteger(coerced) && coerced >= 1 && coerced < 1_500_000_000);
});
const idFrom = (ids: (number | string)[]) => fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ids.map(String)) }, unknownId, notAnId);
// Versions start at 1 and nothing here bumps them: never 1, so every versioned edit is stale.
const version = fc.oneof(fc.constantFrom("0", "-1", "1.5", "", "abc", "2147483648", "1e3", "1000000"), attack);
const email = fc.oneof(
  fc.constantFrom(
    "nobody@example.test",
    "a@b",
    "<script>@example.test",
    "' OR 1=1 --@example.test",
    `${"a".repeat(300)}@example.test`,
    "NOBODY@EXAMPLE.TEST",
  ),
  fc.emailAddress(),
  attack,
);

/** A value for a form field or a route parameter, by its name. */
export function valueFor(name: string, world: HostileWorld): fc.Arbitrary<string> {
  if (name === "displayName")
    return fc.oneof(poisoned, fc.constant(world.takenDisplayName), fc.constant(world.takenDisplayName.toUpperCase()));
  if (/slug$/i.test(name)) return fc.oneof(fc.constantFrom(...world.slugs), fc.constantFrom("no-such-event", "a", "-"), poisoned);
  if (name === "leagueId" || name === "id") return idFrom(world.leagueIds);
  if (name === "memberId" || name === "userId") return fc.oneof(fc.constantFrom(...world.otherUserIds), fc.uuid(), text);
  if (/stageId$/i.test(name)) return idFrom(world.stageIds);
  if (/crew|captain|^p[123]$|featuredBest/i.test(name)) return idFrom(world.crewIds);
  if (/Id$/.test(name)) return fc.oneof(unknownId, notAnId);
  if (name === "version") return version;
  if (/^(number|year|price|page|stage|stageNumber|specialKm|totalKm)$/.test(name)) return number;
  if (/email/i.test(name)) return email;
  return text;
}

export type FormEntry = [name: string, value: string | { file: string }];

/** Each field missing, given once or several times, or sent as a file; plus a few stray names. */
export function hostileForm(fields: string[], world: HostileWorld): fc.Arbitrary<FormEntry[]> {
  const one = (name: string): fc.Arbitrary<FormEntry[]> => {
    const value = valueFor(name, world);
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant<FormEntry[]>([]) },
      { weight: 4, arbitrary: value.map((v): FormEntry[] => [[name, v]]) },
      { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 6 }).map((values) => values.map((v): FormEntry => [name, v])) },
      { weight: 1, arbitrary: value.map((v): FormEntry[] => [[name, { file: v }]]) },
    );
  };
  const stray = fc.array(fc.tuple(fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "role", "userId", "id"), text), {
    maxLength: 2,
  });
  return fc.tuple(fc.tuple(...fields.map(one)), stray).map(([perField, extra]) => [...perField.flat(), ...extra]);
}

export function toFormData(entries: FormEntry[]): FormData {
  const formData = new FormData();
  for (const [name, value] of entries) {
    formData.append(name, typeof value === "string" ? value : new File([value.file], "upload.html", { type: "text/html" }));
  }
  return formData;
}

const AUTH_SEGMENTS = [
  "session",
  "csrf",
  "providers",
  "signin",
  "signout",
  "callback",
  "credentials",
  "github",
  "error",
  "verify-request",
  "webauthn-options",
];

/** Path params by name; a catch-all gets several segments. */
export function hostileParams(
  params: { name: string; isCatchAll: boolean }[],
  world: HostileWorld,
): fc.Arbitrary<Record<string, string | string[]>> {
  const segment = fc.oneof(fc.constantFrom(...AUTH_SEGMENTS), text);
  return fc.record(
    Object.fromEntries(
      params.map(({ name, isCatchAll }) => [name, isCatchAll ? fc.array(segment, { minLength: 0, maxLength: 4 }) : valueFor(name, world)]),
    ),
  );
}

/** A query string with the parameters the API reads and stray ones, each possibly repeated. */
export function hostileQuery(world: HostileWorld): fc.Arbitrary<string> {
  const names = fc.constantFrom("page", "stage", "callbackUrl", "error", "__proto__", "page[]", "p%00");
  return fc
    .array(
      names.chain((name) => valueFor(name, world).map((value) => [name, value] as const)),
      { maxLength: 4 },
    )
    .map((pairs) => pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value.toWellFormed())}`).join("&"));
}
