import { expect, test } from "@playwright/test";
import { seriousViolations } from "./helpers/axe";
import { confirmSignUpEmail, newAccount, signUp } from "./helpers/accounts";

// Languages (docs/i18n.md): the browser's language, the switcher (with and without JavaScript),
// the account's saved choice, Arabic right to left.

test.describe("Arabic from the browser's language", () => {
  test.use({ locale: "ar-SA" });

  test("the home page reads right to left with no serious axe violations", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("اختر طواقمك. توقّع منصة التتويج. روِّض الكثبان.");
    await expect(page.getByRole("heading", { level: 2, name: "السباقات" })).toBeVisible();
    // Numbers in Latin digits, dates in Arabic month names.
    await expect(page.getByText(/^1–15 يناير 2027 · Saudi Arabia · 14 مرحلة · 5 طواقم في فئة ستوك$/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: test.info().outputPath("home-ar-390.png"), fullPage: true });
    await page.locator("header summary").click();
    await expect(page.getByRole("button", { name: "English" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("menu-ar-390.png") });
    await page.goto("/sign-up");
    await page.getByRole("button", { name: "إنشاء الحساب" }).click();
    await expect(page.getByText("أدخل عنوان بريد إلكتروني صالحًا")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("sign-up-ar-390.png"), fullPage: true });
  });
});

test("the switcher changes the language and keeps it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator("header summary").click();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisissez vos équipages. Pronostiquez le podium. Domptez les dunes.");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("home-fr-390.png"), fullPage: true });

  await page.getByRole("link", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // A page's ?lang= (the hreflang alternates) shows that language once, without changing the choice.
  await page.goto("/?lang=es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switcher still works: a plain form post", async ({ page }) => {
    await page.goto("/sign-in");
    await page.locator("header summary").click();
    await page.getByRole("button", { name: "Español" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
  });
});

test.describe("French from the browser's language", () => {
  test.use({ locale: "fr-FR" });

  test("sign-up speaks French, and the account keeps French on another browser", async ({ page, browser }) => {
    const account = newAccount("pilote");
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "Créer votre compte" })).toBeVisible();
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByLabel("Pseudo").fill("ab");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByText("Vérifiez les champs signalés.")).toBeVisible();
    await expect(page.getByText("Saisissez une adresse e-mail valide")).toBeVisible();
    await expect(page.getByText("Utilisez au moins 3 caractères")).toBeVisible();
    await expect(page.getByText("Utilisez au moins 10 caractères")).toBeVisible();

    await page.getByLabel("Adresse e-mail").fill(account.email);
    await page.getByLabel("Pseudo").fill(account.displayName);
    await page.getByLabel("Mot de passe").fill(account.password);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByText(`nous avons envoyé un lien à ${account.email}`)).toBeVisible();
    await confirmSignUpEmail(page, account);
    await expect(page.getByRole("link", { name: `Compte de ${account.displayName}` })).toBeVisible();

    // The account saved French: signing in from an English browser brings it back.
    const english = await browser.newContext({ locale: "en-GB" });
    const other = await english.newPage();
    await other.goto("/sign-in");
    await expect(other.locator("html")).toHaveAttribute("lang", "en");
    await other.getByLabel("Email").fill(account.email);
    await other.getByLabel("Password").fill(account.password);
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.getByRole("link", { name: `Compte de ${account.displayName}` })).toBeVisible();
    await expect(other.locator("html")).toHaveAttribute("lang", "fr");
    await english.close();
  });
});

test("the account page in Arabic: saved from the account, right to left, the actions answer in Arabic", async ({ page }) => {
  const account = newAccount("rallye");
  await signUp(page, account);
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByRole("combobox", { name: "Language" }).selectOption("ar");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "حسابك" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "الإشعارات على هذا الجهاز" })).toBeVisible();
  await expect(page.getByRole("option", { name: "قبل 3 ساعات" })).toBeAttached();

  await page.getByRole("textbox", { name: "اسم العرض" }).fill("ab");
  await page.getByRole("button", { name: "حفظ الاسم" }).click();
  await expect(page.getByText("تحقّق من الحقول المُشار إليها.").first()).toBeVisible();
  await page.getByRole("button", { name: "حذف حسابي" }).click();
  await expect(page.getByText("اكتب DELETE بأحرف كبيرة للتأكيد")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("account-ar-390.png"), fullPage: true });
  for (const part of [0, 1, 2]) {
    const clip = { x: 0, y: part * 1000, width: 390, height: 1000 };
    await page.screenshot({ path: test.info().outputPath(`account-ar-390-${part}.png`), fullPage: true, clip });
  }
  await expect(page.getByRole("combobox", { name: "اللغة" })).toHaveValue("ar");
});
