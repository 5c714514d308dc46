// Crews carry three-letter codes (as the organiser publishes them); flags and names need ISO alpha-2.
const ALPHA3_TO_ALPHA2: Record<string, string> = {
  ARG: "AR", AUS: "AU", AUT: "AT", BEL: "BE", BOL: "BO", BRA: "BR", CAN: "CA", CHE: "CH", SUI: "CH",
  CHL: "CL", CHI: "CL", CHN: "CN", CZE: "CZ", DEU: "DE", GER: "DE", DNK: "DK", DEN: "DK", ESP: "ES",
  EST: "EE", FIN: "FI", FRA: "FR", GBR: "GB", HUN: "HU", IND: "IN", IRL: "IE", ITA: "IT", JPN: "JP",
  KAZ: "KZ", KSA: "SA", SAU: "SA", LTU: "LT", LVA: "LV", LAT: "LV", MAR: "MA", MEX: "MX", NLD: "NL",
  NED: "NL", NOR: "NO", NZL: "NZ", PER: "PE", POL: "PL", PRT: "PT", POR: "PT", QAT: "QA", ROU: "RO",
  RUS: "RU", SVK: "SK", SWE: "SE", ARE: "AE", UAE: "AE", UKR: "UA", USA: "US", ZAF: "ZA", RSA: "ZA",
};

export type Nationality = { code: string; flag: string; name: string };

export function describeNationality(code: string | null | undefined): Nationality | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  const alpha2 = ALPHA3_TO_ALPHA2[upper];
  if (!alpha2) return { code: upper, flag: "", name: upper };
  const flag = String.fromCodePoint(...[...alpha2].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
  const name = new Intl.DisplayNames(["en"], { type: "region" }).of(alpha2) ?? upper;
  return { code: upper, flag, name };
}
