import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { loadMessages, NAMESPACES } from "@/lib/i18n/messages";

// Every language has exactly English's keys, every key is used by code, every message formats.
// "Used" is found by reading the sources, which is why docs/i18n.md asks for literal keys only.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib", "scripts"];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

/**
 * Keys the code uses: t("key") / t.rich("key") under the namespaces the file asks for, and
 * msg("full.key"). A file that asks for two namespaces counts a key under each that has it.
 */
function findUsedKeys(english: Set<string>): { used: Set<string>; unknown: string[] } {
  const used = new Set<string>();
  const unknown: string[] = [];
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const source = readFileSync(file, "utf8");
    const namespaces = new Set<string>();
    for (const match of source.matchAll(/\b(?:getTranslations|useTranslations)\(\s*(?:"([^"]*)")?/g)) namespaces.add(match[1] ?? "");
    for (const match of source.matchAll(/\bnamespace:\s*"([^"]*)"/g)) namespaces.add(match[1] ?? "");
    const keys = [...source.matchAll(/\bt(?:[A-Z]\w*)?(?:\.(?:rich|markup|raw|has))?\(\s*"([^"]+)"/g)].map((match) => match[1] ?? "");
    for (const key of keys) {
      const candidates = [...namespaces].map((namespace) => (namespace ? `${namespace}.${key}` : key)).filter((k) => english.has(k));
      if (candidates.length === 0) unknown.push(`${path.relative(ROOT, file)}: ${key}`);
      for (const candidate of candidates) used.add(candidate);
    }
    for (const match of source.matchAll(/\bmsg\(\s*"([^"]+)"/g)) {
      if (english.has(match[1] ?? "")) used.add(match[1] ?? "");
      else unknown.push(`${path.relative(ROOT, file)}: ${match[1]}`);
    }
  }
  return { used, unknown };
}

async function flatMessages(locale: AppLocale): Promise<Map<string, string>> {
  return flatten((await loadMessages(locale)) as unknown as Tree);
}

/** Sample values for a message's placeholders and tags, read from the English message. */
function sampleValues(english: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [, name, kind] of english.matchAll(/\{\s*([A-Za-z]\w*)\s*(?:,\s*(\w+))?/g)) {
    if (name) values[name] = kind === "plural" ? 12 : "sample";
  }
  for (const [, tag] of english.matchAll(/<(\w+)>/g)) if (tag) values[tag] = (chunks: string) => chunks;
  return values;
}

describe("message files", () => {
  it("has a file per namespace in every language, and no other", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(ROOT, "messages", locale)).map((name) => name.replace(/\.json$/, ""));
      expect(files.sort(), locale).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s has exactly English's keys", async (locale) => {
    const english = [...(await flatMessages("en")).keys()].sort();
    const other = [...(await flatMessages(locale)).keys()].sort();
    expect({ missing: english.filter((key) => !other.includes(key)), extra: other.filter((key) => !english.includes(key)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it("uses every key and uses no key English lacks", async () => {
    const english = new Set((await flatMessages("en")).keys());
    const { used, unknown } = findUsedKeys(english);
    expect({ unused: [...english].filter((key) => !used.has(key)), unknown }).toEqual({ unused: [], unknown: [] });
  });

  it.each(LOCALES)("every %s message formats with English's placeholders", async (locale) => {
    const english = await flatMessages("en");
    const errors: string[] = [];
    const t = createTranslator({
      locale,
      messages: (await loadMessages(locale)) as unknown as Tree,
      onError: (error) => errors.push(error.message),
    }) as unknown as { markup: (key: string, values: Record<string, unknown>) => string };
    for (const [key, message] of english) t.markup(key, sampleValues(message));
    expect(errors).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s translates every sentence (no English left behind)", async (locale) => {
    const english = await flatMessages("en");
    const other = await flatMessages(locale);
    const copied = [...english]
      .filter(([key, text]) => text.replace(/\{[^{}]*\}|<[^>]*>/g, "").length > 24 && other.get(key) === text)
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it("writes Arabic numbers in Latin digits, plurals included", () => {
    const t = createTranslator({ locale: "ar", messages: { n: "{count, plural, other {# مرحلة}}" } });
    expect(t("n", { count: 12 })).toBe("12 مرحلة");
  });
});
