import "server-only";

const NEEDS_QUOTING = /[{}",\\\s]|^null$/i;

/**
 * A PostgreSQL array literal ("{1,2,NULL}") to pass as ONE text parameter and cast in SQL
 * (`${toPgArray(ids)}::int[]`). Through the driver adapter this costs about half of an array
 * parameter, which matters when a rescore sends a million values. Only for values that need no
 * quoting: numbers, uuids, ISO timestamps.
 */
export function toPgArray(values: readonly (number | string | null)[]): string {
  const items = values.map((value) => {
    if (value === null) return "NULL";
    const text = String(value);
    if (NEEDS_QUOTING.test(text)) throw new Error(`toPgArray: ${JSON.stringify(text)} would need quoting`);
    return text;
  });
  return `{${items.join(",")}}`;
}
