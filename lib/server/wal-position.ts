import "server-only";

/** A PostgreSQL WAL position ("16/B374D848") as a number, so positions compare; null stays null. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const match = text ? /^([0-9A-F]+)\/([0-9A-F]+)$/i.exec(text) : null;
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}
