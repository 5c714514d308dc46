import { readFileSync } from "node:fs";
import { expect, test, type BrowserContext } from "@playwright/test";
import { seriousViolations } from "./helpers/axe";

// axe in French and Spanish (English: accessibility.spec.ts, Arabic: languages.spec.ts): longer words,
// other quotation marks and accents must not break labels, contrast or structure.

const SAMPLE_EVENT = "dakar-2027";
const REPLAY_EVENT = "dakar-2026";

/** A message of the language's own files, so the test finds each page by its translated text. */
function message(lang: string, namespace: string, path: string): string {
  const messages: unknown = JSON.parse(readFileSync(`messages/${lang}/${namespace}.json`, "utf8"));
  const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
  if (typeof text !== "string") throw new Error(`no message ${namespace}.${path} in ${lang}`);
  return text;
}

const LANGUAGES = (["fr", "es"] as const).map((lang) => ({
  lang,
  home: message(lang, "home", "intro.title"),
  board: message(lang, "boards", "page.overallHeading"),
  save: message(lang, "play", "builder.save"),
}));

/** The switcher's cookie: the language wins over the browser's and the account's. */
async function useLanguage(context: BrowserContext, baseURL: string | undefined, lang: string) {
  await context.addCookies([{ name: "lang", value: lang, url: baseURL ?? "http://127.0.0.1" }]);
}

for (const { lang, home, board, save } of LANGUAGES) {
  test.describe(`accessibility (axe) in ${lang}`, () => {
    test("the home page and a public leaderboard have no serious violations", async ({ page, context, baseURL }) => {
      await useLanguage(context, baseURL, lang);
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home);
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`/events/${REPLAY_EVENT}/leaderboard`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1, name: board })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test.describe("signed in", () => {
      test.use({ storageState: "playwright/.auth/player.json" });

      test("the roster builder has no serious violations", async ({ page, context, baseURL }) => {
        await useLanguage(context, baseURL, lang);
        await page.goto(`/play/${SAMPLE_EVENT}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByRole("button", { name: save })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  });
}
