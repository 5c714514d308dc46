import type { MessageKey } from "./messages";
import { msg, type MessageValues, type Translate } from "./translate";

/**
 * A CSV importer's message as data (admin.csv): a key and its values. A value may itself be a message
 * ("line 4: bad time: {problem}") or a list of them (the columns a header lacks), so pure code never
 * builds a sentence and each part is worded in the reader's language.
 */
export type CsvMessage = { key: MessageKey; values?: { [name: string]: string | number | CsvMessage | readonly CsvMessage[] } };

/** A CSV message in words: nested messages first, lists joined with the language's separator. */
export function wordCsvMessage(message: CsvMessage, t: Translate): string {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
    else if (Array.isArray(value))
      values[name] = (value as readonly CsvMessage[]).map((part) => wordCsvMessage(part, t)).join(t(msg("admin.csv.separator")));
    else values[name] = wordCsvMessage(value as CsvMessage, t);
  }
  return t(message.key, values);
}

/** Text that is data (a header name, what the admin typed) carried as a message, so it joins a list. */
export const csvText = (text: string): CsvMessage => ({ key: msg("admin.csv.text"), values: { text } });
