import { afterAll, describe, expect, it, vi } from "vitest";
import * as factories from "@/tests/factories";
import { finalResultsAction, stageResultsAction } from "@/lib/server/actions/admin-results";
import { publishFinalResults } from "@/lib/server/results/final-results";
import { form, refused } from "./helpers/action-forms";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";
import { createResultsEvent, finishOrder, refusal, saveAndPublish } from "./helpers/results-event";

// The results grid's refusals come back in the admin's own language (their saved choice here: a test
// has no request headers), each still naming its row and field.

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

afterAll(() => signInAs(null));

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

describe("publish and official refusals in the admin's language", () => {
  const stageForm = (intent: string, stage: { id: number; version: number }, rows: unknown[] = []) =>
    form({ intent, stageId: stage.id, version: stage.version, rows: JSON.stringify(rows) });
  const readStage = (id: number) => testDb().stage.findUniqueOrThrow({ where: { id } });

  it("tells a French admin why a stage's results cannot be published, made official or saved over", async () => {
    const db = testDb();
    const { crews, stages, admin } = await createResultsEvent(db);
    await saveAndPublish(db, admin.id, stages[0]!.id, finishOrder([crews.F0, crews.R0]));
    await db.stage.update({ where: { id: stages[2]!.id }, data: { status: "CANCELLED" } });
    await signInAdmin("fr");

    const empty = refused(await stageResultsAction(null, stageForm("publish", await readStage(stages[1]!.id))));
    expect(empty.message).toBe("L’étape 1 n’a aucun résultat à publier : saisissez d’abord le classement, puis enregistrez-le.");
    const notOfficial = refused(await stageResultsAction(null, stageForm("official", await readStage(stages[1]!.id))));
    expect(notOfficial.message).toBe("Les résultats de l’étape 1 ne sont pas encore publiés : publiez-les avant de les rendre officiels.");
    const cancelled = refused(await stageResultsAction(null, stageForm("publish", await readStage(stages[2]!.id))));
    expect(cancelled.message).toBe("L’étape 2 est annulée : elle ne rapporte aucun point, il n’y a donc pas de résultats à publier.");
    const prologue = await readStage(stages[0]!.id);
    const savedOver = refused(await stageResultsAction(null, stageForm("save", prologue, finishOrder([crews.F0]))));
    expect(savedOver.message).toBe(
      "Les résultats du prologue sont publiés : pour les modifier, passez par une correction, motif à l’appui.",
    );

    // A stage still to run: its start in French words (a day and month, not "2026-01-03"), in UTC.
    const future = await readStage(stages[3]!.id);
    await stageResultsAction(null, stageForm("save", future, finishOrder([crews.F0])));
    const early = refused(await stageResultsAction(null, stageForm("publish", await readStage(future.id))));
    expect(early.message).toMatch(
      /^L’étape 3 n’a pas encore eu lieu \(départ le \S+ \d{1,2} \S+ \d{2}:\d{2} UTC\) : publiez ses résultats une fois qu’elle aura été courue\.$/,
    );
    expect((await readStage(future.id)).resultsStatus).toBe("DRAFT");

    // A stage deleted while the form was open.
    const gone = refused(await stageResultsAction(null, stageForm("publish", { id: 2_000_000_001, version: 1 })));
    expect(gone).toMatchObject({ code: "NOT_FOUND", message: "Cette étape n'existe plus." });
  });

  it("tells an Arabic admin the final classification waits for the last stage, and keeps English for the command line", async () => {
    const db = testDb();
    const { event, crews, admin } = await createResultsEvent(db);
    const current = () => db.event.findUniqueOrThrow({ where: { id: event.id } });
    await signInAdmin("ar");
    const finalForm = async (intent: string, rows: unknown[] = []) =>
      form({ intent, eventId: event.id, version: (await current()).version, rows: JSON.stringify(rows) });

    const notOfficial = refused(await finalResultsAction(null, await finalForm("official")));
    expect(notOfficial.message).toBe("الترتيب النهائي لم يُنشر بعد: انشره قبل اعتماده رسميًا.");
    const notOver = refused(await finalResultsAction(null, await finalForm("publish")));
    expect(notOver.message).toBe("لم ينتهِ الرالي بعد: انشر الترتيب النهائي بعد انطلاق المرحلة الأخيرة.");
    expect((await finalResultsAction(null, await finalForm("save", finishOrder([crews.F0, crews.R0])))).ok).toBe(true);
    const early = refused(await finalResultsAction(null, await finalForm("publish")));
    expect(early.message).toBe(notOver.message);
    expect((await current()).finalStatus).toBe("DRAFT");

    // Called without a wording, as scripts/admin.ts and the bench do: English.
    const english = await refusal(publishFinalResults(db, { actorId: admin.id, eventId: event.id }));
    expect(english.message).toBe("The rally is not over: publish the final classification once the last stage has started.");
  });
});
