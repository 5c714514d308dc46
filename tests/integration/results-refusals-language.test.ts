import { afterAll, describe, expect, it, vi } from "vitest";
import * as factories from "@/tests/factories";
import type { ActionResult } from "@/lib/server/errors";
import { stageResultsAction } from "@/lib/server/actions/admin-results";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";

// The results grid's refusals come back in the admin's own language (their saved choice here: a test
// has no request headers), each still naming its row and field.

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

afterAll(() => signInAs(null));

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
}

function refused(result: ActionResult) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result;
}

async function signInAdmin(locale: "fr" | "ar" | "es") {
  const admin = await factories.createUser(testDb(), { role: "ADMIN", locale });
  signInAs({ id: admin.id, role: "ADMIN" });
  return admin;
}

describe("results refusals in the admin's language", () => {
  it("tells a French admin which rows are wrong: a crew from elsewhere, a retired crew finishing, a bad position", async () => {
    const db = testDb();
    const { crews, stages, admin } = await createResultsEvent(db);
    const other = await createResultsEvent(db);
    await db.crew.update({ where: { id: crews.R1.id }, data: { status: "RETIRED", retiredAfterStageId: stages[0]!.id } });
    await signInAdmin("fr");
    const stage = stages[1]!;
    const rows = finishOrder([crews.F0, crews.R0, crews.R1, other.crews.F0]);

    const result = refused(
      await stageResultsAction(null, form({ intent: "save", stageId: stage.id, version: stage.version, rows: JSON.stringify(rows) })),
    );
    expect(result.message).toBe(
      `2 problèmes dans les résultats : rangée 3 : #${crews.R1.number} ${crews.R1.driver} a abandonné après le prologue et ne peut pas terminer l'étape 1 ; ` +
        `rangée 4 : l’équipage ${other.crews.F0.id} ne fait pas partie des engagés de cette épreuve`,
    );
    expect(result.fieldErrors?.rows).toHaveLength(2);

    const typo = rows.slice(0, 2).map((row, index) => (index === 1 ? { ...row, position: "deux" } : row));
    const bad = refused(
      await stageResultsAction(null, form({ intent: "save", stageId: stage.id, version: stage.version, rows: JSON.stringify(typo) })),
    );
    expect(bad.message).toBe("rangée 2, place : « deux » n’est pas une place : utilisez un nombre entier de 1 à 10000");
    expect(await db.stageResult.count({ where: { stageId: stage.id } })).toBe(0);

    // The same rows from an English admin: the data functions' default, as the command line has it.
    signInAs({ id: admin.id, role: "ADMIN" });
    const english = refused(
      await stageResultsAction(null, form({ intent: "save", stageId: stage.id, version: stage.version, rows: JSON.stringify(rows) })),
    );
    expect(english.message).toContain(
      `2 problems in the results: row 3: #${crews.R1.number} ${crews.R1.driver} retired after the prologue`,
    );
  });

  it("refuses an Arabic admin's too-short correction reason in Arabic, on the reason field", async () => {
    const db = testDb();
    const { crews, stages, admin } = await createResultsEvent(db);
    const rows = finishOrder([crews.F0, crews.R0, crews.S]);
    await saveAndPublish(db, admin.id, stages[0]!.id, rows);
    const stage = await db.stage.findUniqueOrThrow({ where: { id: stages[0]!.id } });
    await signInAdmin("ar");

    const fields = { intent: "correct", stageId: stage.id, version: stage.version, rows: JSON.stringify(rows) };
    const short = refused(await stageResultsAction(null, form({ ...fields, reason: "خطأ" })));
    // ICU may write the numbers in Arabic-Indic digits.
    expect(short.message).toMatch(/^يجب أن يتراوح طول السبب بين (10|١٠) و(500|٥٠٠) حرفًا \(طوله الآن (3|٣)\)\.$/);
    expect(short.fieldErrors?.reason).toEqual([short.message]);
    expect((await db.stage.findUniqueOrThrow({ where: { id: stage.id } })).version).toBe(stage.version);
  });
});
