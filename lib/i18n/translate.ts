// The framework-free core: this runs in scripts and workers too, where next-intl's React entry cannot load.
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import type { AppLocale } from "./locales";
import { ENGLISH_MESSAGES, loadMessages, type MessageKey, type Messages } from "./messages";

// Messages that leave pure code as data (zod issues, AppError, an action's result) carry a message
// KEY, written with msg() so the key test sees it; the code that answers the user (an action, a
// page, the API) turns it into text with a Translate for the viewer's language (the API: English).

export type MessageValues = Record<string, string | number | Date>;

/** A message key held as data. msg("validation.email.invalid") is checked against English's keys. */
export function msg<Key extends MessageKey>(key: Key): Key {
  return key;
}

/** Text for a key held in data; text that is not a key (code not converted yet) comes back as it is. */
export type Translate = (keyOrText: string, values?: MessageValues) => string;

export function createTranslate(locale: AppLocale, messages: Messages): Translate {
  const translator = createTranslator({ locale, messages });
  // Keys held in data are plain strings, checked where they were written (msg), so not typed here.
  const has = translator.has as (key: string) => boolean;
  const format = translator as unknown as (key: string, values?: MessageValues) => string;
  return (keyOrText, values) => (has(keyOrText) ? format(keyOrText, values) : keyOrText);
}

// One Translate per language for the process: a translator compiles each ICU message on first use
// and keeps it, so a new one per email compiled every message again (most of a reminder's CPU when
// the workers send a hundred a second). Messages never change while the process runs.
const translates = new Map<AppLocale, Promise<Translate>>();

/** A language's Translate, outside a request (emails, calendars, workers). */
export function loadTranslate(locale: AppLocale): Promise<Translate> {
  let translate = translates.get(locale);
  if (!translate) {
    translate = loadMessages(locale).then((messages) => createTranslate(locale, messages));
    translates.set(locale, translate);
    // A failed load (a missing file) is tried again next time, not remembered.
    translate.catch(() => translates.delete(locale));
  }
  return translate;
}

/** The API, the CSV and the command line stay in English. */
export const translateEnglish: Translate = createTranslate("en", ENGLISH_MESSAGES);

/**
 * A zod issue's bounds, for messages such as validation.minLength ("Use at least {minimum} characters"),
 * and a custom issue's `params` (string and number values), for its own placeholders.
 */
function issueValues(issue: z.core.$ZodIssue, translate: Translate): MessageValues {
  const values: MessageValues = {};
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      // A string param may itself be a key: a nested issue's message (the admin timetable's rows).
      if (typeof value === "string") values[name] = translate(value);
      else if (typeof value === "number") values[name] = value;
    }
  }
  if ("minimum" in issue && issue.minimum !== undefined) values.minimum = Number(issue.minimum);
  if ("maximum" in issue && issue.maximum !== undefined) values.maximum = Number(issue.maximum);
  return values;
}

export function translateIssue(issue: z.core.$ZodIssue, translate: Translate): string {
  return translate(issue.message, issueValues(issue, translate));
}

/** `z.flattenError(error).fieldErrors`, each message in the reader's language. */
export function translateFieldErrors(error: z.ZodError, translate: Translate): Record<string, string[] | undefined> {
  return z.flattenError(error, (issue) => translateIssue(issue, translate)).fieldErrors;
}
