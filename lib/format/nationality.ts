import { INTL_LOCALES, type AppLocale } from "@/lib/i18n/locales";

// Crews carry three-letter codes (as the organiser publishes them); flags and names need ISO alpha-2.
const ALPHA3_TO_ALPHA2 = {
  ARG: "AR",
  AUS: "AU",
  AUT: "AT",
  BEL: "BE",
  BOL: "BO",
  BRA: "BR",
  CAN: "CA",
  CHE: "CH",
  SUI: "CH",
  CHL: "CL",
  CHI: "CL",
  CHN: "CN",
  CZE: "CZ",
  DEU: "DE",
  GER: "DE",
  DNK: "DK",
  DEN: "DK",
  ESP: "ES",
  EST: "EE",
  FIN: "FI",
  FRA: "FR",
  GBR: "GB",
  HUN: "HU",
  IND: "IN",
  IRL: "IE",
  ITA: "IT",
  JPN: "JP",
  KAZ: "KZ",
  KSA: "SA",
  SAU: "SA",
  LTU: "LT",
  LVA: "LV",
  LAT: "LV",
  MAR: "MA",
  MEX: "MX",
  NLD: "NL",
  NED: "NL",
  NOR: "NO",
  NZL: "NZ",
  PER: "PE",
  POL: "PL",
  PRT: "PT",
  POR: "PT",
  QAT: "QA",
  ROU: "RO",
  RUS: "RU",
  SVK: "SK",
  SWE: "SE",
  ARE: "AE",
  UAE: "AE",
  UKR: "UA",
  USA: "US",
  ZAF: "ZA",
  RSA: "ZA",
} as const;

/** The countries a crew's nationality can name: components/crews/nationality-flag.tsx draws a flag for each. */
export type NationalityAlpha2 = (typeof ALPHA3_TO_ALPHA2)[keyof typeof ALPHA3_TO_ALPHA2];
const alpha2Of: Readonly<Record<string, NationalityAlpha2 | undefined>> = ALPHA3_TO_ALPHA2;

/** `alpha2` names the flag to draw; null for a code we cannot place. */
export type Nationality = { code: string; alpha2: NationalityAlpha2 | null; name: string };

/** The nationality of a code, its country named in the reader's language (Intl's names). */
export function describeNationality(code: string | null | undefined, locale: AppLocale = "en"): Nationality | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  const alpha2 = alpha2Of[upper];
  if (!alpha2) return { code: upper, alpha2: null, name: upper };
  const name = new Intl.DisplayNames([INTL_LOCALES[locale]], { type: "region" }).of(alpha2) ?? upper;
  return { code: upper, alpha2, name };
}
