import { expect, type Page } from "@playwright/test";

/** The e2e event's perfect prologue call (tests/e2e/helpers/database.ts): #700, #703, #701, best #700. */
export async function callPrologue(page: Page) {
  const call = page.getByRole("form", { name: "Podium call for Prologue" });
  await call.getByLabel("Prologue P1").selectOption({ label: "#700 Amber Dune" });
  await call.getByLabel("Prologue P2").selectOption({ label: "#703 Dario Sands" });
  await call.getByLabel("Prologue P3").selectOption({ label: "#701 Basil Crest" });
  await call.getByLabel("Best Defender Rally crew").selectOption({ label: "#700 Amber Dune" });
  await call.getByRole("button", { name: "Save call" }).click();
  await expect(call.getByText("Podium call saved.")).toBeVisible();
}

/** Picks crews by driver name on the play page, without saving. */
export async function pickCrews(page: Page, drivers: string[]) {
  const crews = page.getByRole("list", { name: "Crews" });
  for (const driver of drivers) await crews.getByRole("button", { name: `Pick ${driver}` }).click();
  return crews;
}
