import account from "@/messages/en/account.json";
import admin from "@/messages/en/admin.json";
import auth from "@/messages/en/auth.json";
import boards from "@/messages/en/boards.json";
import common from "@/messages/en/common.json";
import email from "@/messages/en/email.json";
import errors from "@/messages/en/errors.json";
import events from "@/messages/en/events.json";
import header from "@/messages/en/header.json";
import home from "@/messages/en/home.json";
import leagues from "@/messages/en/leagues.json";
import play from "@/messages/en/play.json";
import players from "@/messages/en/players.json";
import replay from "@/messages/en/replay.json";
import time from "@/messages/en/time.json";
import validation from "@/messages/en/validation.json";
import type { AppLocale } from "./locales";

// Messages live in messages/<locale>/<namespace>.json. English is the reference: its files define
// the keys (and their TypeScript type, types/next-intl.d.ts); every other language has the same keys
// (tests/unit/i18n-messages.test.ts). A new namespace is a file per language plus a line here.
export const ENGLISH_MESSAGES = {
  account,
  admin,
  auth,
  boards,
  common,
  email,
  errors,
  events,
  header,
  home,
  leagues,
  play,
  players,
  replay,
  time,
  validation,
};

export type Messages = typeof ENGLISH_MESSAGES;
export type Namespace = keyof Messages;
export const NAMESPACES = Object.keys(ENGLISH_MESSAGES) as Namespace[];

type Leaves<Tree, Prefix extends string = ""> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : Leaves<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

type Branches<Tree, Prefix extends string = ""> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? never : `${Prefix}${Key}` | Branches<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** A full message key, "auth.signIn.title". */
export type MessageKey = Leaves<Messages>;
/** A namespace or a group inside one, "auth" or "auth.signIn": what a client component may be given. */
export type MessageGroup = Branches<Messages>;

/**
 * What every page's client components get: the error boundary (app/error.tsx) and the time
 * components (countdown, viewer's time), which appear on most pages. Keep it small: it is sent
 * with every page, the leaderboard's included.
 */
export const ROOT_CLIENT_GROUPS: readonly MessageGroup[] = ["errors.boundary", "time"];

const cache = new Map<AppLocale, Promise<Messages>>();

async function importMessages(locale: AppLocale): Promise<Messages> {
  if (locale === "en") return ENGLISH_MESSAGES;
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`../../messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}

/** Every namespace of a language, read once per process. */
export function loadMessages(locale: AppLocale): Promise<Messages> {
  let found = cache.get(locale);
  if (!found) {
    found = importMessages(locale);
    cache.set(locale, found);
  }
  return found;
}

/**
 * Only the groups a client component uses ("home.nextLock", "time"), to hand to
 * NextIntlClientProvider: whatever a client provider gets is sent to the browser with the page.
 */
export function pickMessages(messages: object, groups: readonly MessageGroup[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const group of groups) {
    const path = group.split(".");
    let source: unknown = messages;
    for (const part of path) source = (source as Record<string, unknown> | undefined)?.[part];
    if (source === undefined) continue;
    let target = picked;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path.at(-1) as string] = source;
  }
  return picked;
}
