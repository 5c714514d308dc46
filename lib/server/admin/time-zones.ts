import "server-only";

/** IANA zone names for the time zone picker's suggestions (the field accepts any valid IANA name). */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"];
}
