import { expect, test } from "@playwright/test";
import { seriousViolations } from "./helpers/axe";
import { confirmSignUpEmail, newAccount, signUp } from "./helpers/accounts";
import { addStandings, createLockingEvent } from "./helpers/database";

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

test.describe("the play journey in French", () => {
  test.use({ locale: "fr-FR" });

  test("sign up, build a roster (refused over budget first), call the podium", async ({ page }) => {
    const { slug } = await createLockingEvent(3600);
    const account = newAccount("copilote");
    await page.goto("/sign-up");
    await page.getByLabel("Adresse e-mail").fill(account.email);
    await page.getByLabel("Pseudo").fill(account.displayName);
    await page.getByLabel("Mot de passe").fill(account.password);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByText(`nous avons envoyé un lien à ${account.email}`)).toBeVisible();
    await confirmSignUpEmail(page, account);
    await expect(page.getByRole("link", { name: `Compte de ${account.displayName}` })).toBeVisible();

    await page.goto(`/play/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: "Votre sélection" })).toBeVisible();
    await expect(page.getByText("Choisissez 3 équipages et un capitaine, puis enregistrez.")).toBeVisible();
    const crews = page.getByRole("list", { name: "Équipages" });
    for (const driver of ["Amber Dune", "Basil Crest", "Cora Wadi"]) await crews.getByRole("button", { name: `Choisir ${driver}` }).click();
    await expect(page.getByText("Budget dépassé de 8 crédits (108 sur 100).").first()).toBeVisible();
    await expect(page.getByText("2 équipages au plus de Defender Rally (vous en avez 3).").first()).toBeVisible();
    await crews.getByRole("radio", { name: "Capitaine Amber Dune" }).check();
    await page.getByRole("button", { name: "Enregistrer la sélection" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Budget dépassé" })).toContainText("Budget dépassé de 8 crédits");

    await crews.getByRole("button", { name: "Retirer Cora Wadi" }).click();
    await crews.getByRole("button", { name: "Choisir Elif Mirage" }).click();
    await expect(page.getByText("94 / 100 crédits · 6 restants")).toBeVisible();
    await page.getByRole("button", { name: "Enregistrer la sélection" }).click();
    await expect(page.getByText("Sélection enregistrée. Elle compte à partir du prologue.")).toBeVisible();

    const call = page.getByRole("form", { name: "Pronostic du podium pour Prologue" });
    await call.getByLabel("Prologue P1").selectOption({ label: "#700 Amber Dune" });
    await call.getByLabel("Prologue P2").selectOption({ label: "#703 Dario Sands" });
    await call.getByLabel("Prologue P3").selectOption({ label: "#701 Basil Crest" });
    await call.getByLabel("Meilleur équipage Defender Rally").selectOption({ label: "#700 Amber Dune" });
    await call.getByRole("button", { name: "Enregistrer le pronostic" }).click();
    await expect(call.getByText("Pronostic du podium enregistré.")).toBeVisible();
    await expect(page.getByText("Pronostiqué").first()).toBeVisible();

    await page.getByRole("link", { name: "Ma partie : sélections, transferts et pronostics étape par étape" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ma partie" })).toBeVisible();
  });
});

test.describe("the roster builder in Arabic", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("reads right to left, explains the rules in Arabic, passes axe", async ({ page, context, baseURL }) => {
    const { slug } = await createLockingEvent(3600);
    await signUp(page, newAccount("qaid"));
    await context.addCookies([{ name: "lang", value: "ar", url: baseURL ?? page.url() }]);
    await page.goto(`/play/${slug}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "تشكيلتك" })).toBeVisible();
    const crews = page.getByRole("list", { name: "الطواقم" });
    for (const driver of ["Amber Dune", "Basil Crest", "Cora Wadi"]) await crews.getByRole("button", { name: `اختر ${driver}` }).click();
    await expect(page.getByText("تجاوزت الميزانية بمقدار 8 وحدة (108 من 100).").first()).toBeVisible();
    await crews.getByRole("radio", { name: "القائد Amber Dune" }).check();
    // The budget bar fills from the right.
    const meter = page.getByRole("meter");
    const [track, fill] = [await meter.boundingBox(), await meter.locator("div").boundingBox()];
    expect(Math.abs(track!.x + track!.width - (fill!.x + fill!.width))).toBeLessThan(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath("roster-ar-390.png"), fullPage: true });
    await crews.getByRole("button", { name: "أزل Cora Wadi" }).click();
    await crews.getByRole("button", { name: "اختر Elif Mirage" }).click();
    await page.getByRole("button", { name: "احفظ التشكيلة" }).click();
    await expect(page.getByText("حُفظت التشكيلة. تُحتسب ابتداءً من المرحلة التمهيدية.")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("roster-ar-390-saved.png"), fullPage: true });
  });
});

test.describe("the roster builder opened in Arabic by its address", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a page opened with ?lang=ar answers its save in Arabic, and a lost connection too", async ({ page, context }) => {
    const { slug } = await createLockingEvent(3600);
    await signUp(page, newAccount("rabt"));
    await page.goto(`/play/${slug}?lang=ar`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    const crews = page.getByRole("list", { name: "الطواقم" });
    for (const driver of ["Amber Dune", "Basil Crest", "Elif Mirage"]) await crews.getByRole("button", { name: `اختر ${driver}` }).click();
    await crews.getByRole("radio", { name: "القائد Amber Dune" }).check();
    await page.getByRole("button", { name: "احفظ التشكيلة" }).click();
    await expect(page.getByText("حُفظت التشكيلة. تُحتسب ابتداءً من المرحلة التمهيدية.")).toBeVisible();

    await context.setOffline(true);
    await page.getByRole("button", { name: "احفظ التشكيلة" }).click();
    await expect(page.getByText("تعذّر حفظ التشكيلة: فشل الاتصال. تحقّق منه واحفظ مجددًا.")).toBeVisible();
    await expect(crews.getByRole("radio", { name: "القائد Amber Dune" })).toBeChecked();
    await page.screenshot({ path: test.info().outputPath("roster-ar-390-offline.png"), fullPage: true });
    await context.setOffline(false);
  });
});

test.describe("a public leaderboard in Arabic from the browser's language", () => {
  test.use({ locale: "ar-SA", viewport: { width: 390, height: 844 } });

  test("reads right to left, shows the board, passes axe at phone width", async ({ page }) => {
    // A scored board: a name written in Arabic and a Latin one, each read in its own direction.
    const { slug } = await createLockingEvent(3600);
    const suffix = slug.slice(-4);
    await addStandings(slug, [
      { name: `سارة الحربي ${suffix}`, total: 842 },
      { name: `Dune Fox ${suffix}`, total: 615 },
    ]);
    await page.goto(`/events/${slug}/leaderboard`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "الترتيب العام" })).toBeVisible();
    const board = page.getByRole("table", { name: "الترتيب العام" });
    await expect(board.getByRole("row", { name: new RegExp(`سارة الحربي ${suffix}`) })).toContainText("842");
    await expect(board.getByRole("row", { name: new RegExp(`Dune Fox ${suffix}`) })).toContainText("615");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath("leaderboard-ar-390.png"), fullPage: true });
  });
});

test.describe("the admin's event page in Arabic", () => {
  test.use({ storageState: "playwright/.auth/admin.json", viewport: { width: 390, height: 844 } });

  test("reads right to left in Arabic, passes axe at phone width", async ({ page, context, baseURL }) => {
    const { slug } = await createLockingEvent(3600);
    // The admin signed up in English: the switcher's cookie is what changes the language.
    await context.addCookies([{ name: "lang", value: "ar", url: baseURL ?? page.url() }]);
    await page.goto(`/admin/events/${slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("navigation", { name: "الإدارة" })).toContainText("السباقات");
    await expect(page.getByRole("heading", { level: 2, name: "تفاصيل السباق" })).toBeVisible();
    await expect(page.getByRole("table", { name: "الطواقم مع فرقها وفئاتها وأسعارها وحالتها" })).toBeVisible();
    await expect(page.getByRole("button", { name: "احفظ السباق" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath("admin-ar-390.png"), fullPage: true });

    // The race-day pages, for a person to look at in Arabic at phone width.
    for (const [path, heading] of [
      ["race-day", "يوم السباق"],
      ["timetable", "الجدول الزمني"],
      ["results/0", "المرحلة التمهيدية"],
    ] as const) {
      await page.goto(`/admin/events/${slug}/${path}`);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`admin-${path.replace("/", "-")}-ar-390.png`), fullPage: true });
    }
  });
});
