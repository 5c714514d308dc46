import { expect, test, type BrowserContext } from "@playwright/test";
import { seriousViolations } from "./helpers/axe";
import frBoards from "@/messages/fr/boards.json";
import frHome from "@/messages/fr/home.json";
import frPlay from "@/messages/fr/play.json";
import esBoards from "@/messages/es/boards.json";
import esHome from "@/messages/es/home.json";
import esPlay from "@/messages/es/play.json";

// axe in French and Spanish (English: accessibility.spec.ts, Arabic: languages.spec.ts): longer words,
// other quotation marks and accents must not break labels, contrast or structure.

const SAMPLE_EVENT = "dakar-2027";
const REPLAY_EVENT = "dakar-2026";

// The texts each page is recognised by, from the language's own messages.
const LANGUAGES = [
  { lang: "fr", home: frHome.intro.title, board: frBoards.page.overallHeading, save: frPlay.builder.save },
  { lang: "es", home: esHome.intro.title, board: esBoards.page.overallHeading, save: esPlay.builder.save },
] as const;

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
