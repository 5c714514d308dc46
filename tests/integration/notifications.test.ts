import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as factories from "@/tests/factories";
import { createUser as signUp } from "@/lib/server/users/create-user";
import { signUp as signUpOrNotify } from "@/lib/server/users/sign-up";
import { requestPasswordReset } from "@/lib/server/users/email-requests";
import { resetPasswordWithLink, verifyEmailLink } from "@/lib/server/auth/email-links";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createSmtpMailer, type Mailer } from "@/lib/server/mail/transport";
import { deliverNotification, MAX_ATTEMPTS } from "@/lib/server/notifications/deliver";
import { startNotificationWorkers, type NotificationWorkers } from "@/lib/server/notifications/workers";
import { queueDueReminders } from "@/lib/server/notifications/lock-reminders";
import { fanOutResultsNotices } from "@/lib/server/notifications/results-notices";
import { queueDeliveries } from "@/lib/server/notifications/queue";
import { QUEUES } from "@/lib/server/jobs/boss";
import { getNotificationSummary } from "@/lib/server/notifications/admin-summary";
import { correctStageResults } from "@/lib/server/results/stage-results";
import { POST as oneClickUnsubscribe } from "@/app/api/unsubscribe/route";
import { testDb } from "./helpers/db";
import { createPlayEvent, dbTimeIn } from "./helpers/play-event";
import { createResultsEvent, finishOrder, saveAndPublish } from "./helpers/results-event";
import { startSmtpSink } from "./helpers/smtp-sink";
import { createLeagueWithMembers } from "./helpers/leagues";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "notifications-test-secret-0123456789abcdef";
  process.env.APP_URL = "http://dune.test";
});

const HOUR = 3_600_000;
const FAST = { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 };

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let workers: NotificationWorkers;

beforeAll(async () => {
  sink = await startSmtpSink();
  workers = await startNotificationWorkers(testDb(), createSmtpMailer(sink.url), {
    url: process.env.DATABASE_URL!,
    schedule: false,
    ...FAST,
  });
});
afterAll(async () => {
  await workers?.stop();
  await sink?.close();
});

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;
const newAccount = () => {
  const suffix = factories.randomSuffix();
  return { email: `rider-${suffix}@example.test`, displayName: `Rider ${suffix.slice(0, 8)}`, password: "sand-and-stars-2027" };
};
const verified = (db: ReturnType<typeof testDb>) => factories.createUser(db, { emailVerified: new Date() });

describe("verification and password reset by email", () => {
  it("sign-up sends a verification link that works once", async () => {
    const db = testDb();
    const account = newAccount();
    const user = await signUp(db, account);
    await sink.waitFor(() => sink.to(account.email).length === 1);
    const [mail] = sink.to(account.email);
    expect(mail!.subject).toBe("Confirm your email address");
    expect(mail!.html).toContain("Confirm my address");
    const link = mail!.links.find((candidate) => candidate.startsWith("http://dune.test/verify-email?token="))!;
    const stored = await db.authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(tokenOf(link)); // only the hash is kept

    expect(await verifyEmailLink(db, tokenOf(link))).toMatchObject({ id: user.id, email: account.email });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
    expect(await verifyEmailLink(db, tokenOf(link))).toBeNull();
    expect(await verifyEmailLink(db, "not-a-real-token-at-all-0123456789")).toBeNull();
  });

  it("a sign-up with a taken address creates nothing and tells the address's owner, not the visitor", async () => {
    const db = testDb();
    const owner = await verified(db);
    const before = await db.user.count();
    await signUpOrNotify(db, { ...newAccount(), email: owner.email! });
    expect(await db.user.count()).toBe(before);
    await sink.waitFor(() => sink.to(owner.email!).length === 1);
    const mail = sink.to(owner.email!)[0]!;
    expect(mail.subject).toBe("You already have a Dune Draft account");
    expect(mail.links).toContain("http://dune.test/forgot-password");
  });

  it("a sign-up that rolls back sends nothing", async () => {
    const db = testDb();
    const account = newAccount();
    await expect(
      db.$transaction(async (tx) => {
        const { queueNotification } = await import("@/lib/server/notifications/queue");
        const user = await tx.user.create({ data: { email: account.email, displayName: account.displayName } });
        await queueNotification(tx, { userId: user.id, kind: "VERIFY_EMAIL", dedupeKey: "sign-up" });
        throw new Error("something later failed");
      }),
    ).rejects.toThrow("something later failed");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(sink.to(account.email)).toEqual([]);
  });

  it("'forgot password' sends a link that sets a new password once and ends every session; an unknown address gets nothing", async () => {
    const db = testDb();
    const user = await factories.createUser(db, { password: "the-old-password-1" });
    await requestPasswordReset(db, user.email!, { ip: `192.0.2.${Math.floor(Math.random() * 200)}` });
    await requestPasswordReset(db, `nobody-${factories.randomSuffix()}@example.test`, { ip: "192.0.2.250" });
    await sink.waitFor(() => sink.to(user.email!).length === 1);
    const mail = sink.to(user.email!)[0]!;
    expect(mail.subject).toBe("Reset your Dune Draft password");
    const link = mail.links.find((candidate) => candidate.startsWith("http://dune.test/reset-password?token="))!;

    expect(await resetPasswordWithLink(db, tokenOf(link), "the-new-password-2")).toBe(user.email);
    expect(await verifyCredentials(db, user.email!, "the-new-password-2")).not.toBeNull();
    expect(await verifyCredentials(db, user.email!, "the-old-password-1")).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerified).not.toBeNull();
    // The link worked once.
    expect(await resetPasswordWithLink(db, tokenOf(link), "a-third-password-3")).toBeNull();
    expect(await verifyCredentials(db, user.email!, "the-new-password-2")).not.toBeNull();
  });

  it("writes the reset email in the recipient's language: French, and Arabic right to left", async () => {
    const db = testDb();
    const french = await factories.createUser(db, { locale: "fr", displayName: `Rallye ${factories.randomSuffix().slice(0, 8)}` });
    const arabic = await factories.createUser(db, { locale: "ar" });
    await requestPasswordReset(db, french.email!, { ip: `192.0.2.${Math.floor(Math.random() * 200)}` });
    await requestPasswordReset(db, arabic.email!, { ip: `192.0.2.${Math.floor(Math.random() * 200)}` });
    await sink.waitFor(() => sink.to(french.email!).length === 1 && sink.to(arabic.email!).length === 1);

    const inFrench = sink.to(french.email!)[0]!;
    expect(inFrench.subject).toBe("Réinitialisez votre mot de passe Dune Draft");
    expect(inFrench.text).toContain(`Bonjour ${french.displayName},`);
    expect(inFrench.html).toContain("Choisir un nouveau mot de passe");
    expect(inFrench.html).toContain('dir="ltr"');
    expect(inFrench.links.some((link) => link.startsWith("http://dune.test/reset-password?token="))).toBe(true);

    const inArabic = sink.to(arabic.email!)[0]!;
    expect(inArabic.subject).toBe("إعادة تعيين كلمة مرور Dune Draft");
    expect(inArabic.html).toMatch(/<body dir="rtl"/);
    expect(inArabic.html).toContain('lang="ar"');
    expect(inArabic.html).toContain("اختر كلمة مرور جديدة");
  });

  it("limits reset requests per address and per account, the same for unknown addresses", async () => {
    const db = testDb();
    const user = await verified(db);
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    for (let request = 1; request <= 3; request += 1) await requestPasswordReset(db, user.email!, { ip });
    await expect(requestPasswordReset(db, user.email!, { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const unknown = `nobody-${factories.randomSuffix()}@example.test`;
    for (let request = 1; request <= 3; request += 1) await requestPasswordReset(db, unknown, { ip: `${ip}-other` });
    await expect(requestPasswordReset(db, unknown, { ip: `${ip}-other` })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("lock reminders", () => {
  it("go to exactly the players who miss something for the next stage, once, with an unsubscribe link", async () => {
    const db = testDb();
    const { event, featured, rival, solo, stages } = await createPlayEvent(db, [
      await dbTimeIn(db, 2 * HOUR),
      await dbTimeIn(db, 26 * HOUR),
    ]);
    const [noRoster, noCall, ready, retiredCrew, unverified, farAhead] = await Promise.all([
      verified(db),
      verified(db),
      verified(db),
      verified(db),
      factories.createUser(db),
      verified(db),
    ]);
    await createLeagueWithMembers(db, { eventId: event.id, ownerId: noRoster.id });
    const crews = [featured[0]!.id, rival[0]!.id, solo.id];
    for (const user of [noCall, ready, retiredCrew, unverified, farAhead]) {
      await factories.createRosterSave(db, { userId: user.id, eventId: event.id, crewIds: crews, captainCrewId: solo.id });
    }
    for (const user of [ready, retiredCrew]) await factories.createPodiumCall(db, { userId: user.id, stageId: stages[0]!.id });
    await db.crew.update({ where: { id: rival[0]!.id }, data: { status: "RETIRED" } });
    await db.notificationPreference.create({ data: { userId: farAhead.id, leadHours: 1 } });
    // `ready` has a call but the retired crew too: only a player with nothing missing is left out.
    await db.rosterVersionCrew.deleteMany({ where: { version: { roster: { userId: ready.id } }, crewId: rival[0]!.id } });
    await db.rosterVersionCrew.createMany({
      data: (await db.rosterVersion.findMany({ where: { roster: { userId: ready.id } } })).map((version) => ({
        versionId: version.id,
        crewId: featured[1]!.id,
      })),
    });

    expect(await queueDueReminders(db)).toBeGreaterThanOrEqual(3);
    expect(await queueDueReminders(db)).toBe(0); // twice in a row (or on two instances): nothing more
    const queued = await db.notification.findMany({ where: { kind: "LOCK_REMINDER", stageId: stages[0]!.id } });
    expect(queued.map((row) => row.userId).sort()).toEqual([noRoster.id, noCall.id, retiredCrew.id].sort());

    await sink.waitFor(() => [noRoster, noCall, retiredCrew].every((user) => sink.to(user.email!).length === 1));
    const toNoCall = sink.to(noCall.email!)[0]!;
    expect(toNoCall.subject).toMatch(/^Stage 0 locks .+: your picks are not ready$/);
    expect(toNoCall.text).toContain("- call the podium");
    expect(toNoCall.text).not.toContain("build your roster");
    expect(sink.to(noRoster.email!)[0]!.text).toContain("- build your roster");
    expect(sink.to(retiredCrew.email!)[0]!.text).toMatch(/- replace the retired crew in your roster: /);
    const unsubscribe = toNoCall.header("List-Unsubscribe")!;
    expect(unsubscribe).toMatch(/^<http:\/\/dune\.test\/api\/unsubscribe\?u=.+&t=reminders&s=.+>$/);
    expect(toNoCall.header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    for (const user of [ready, unverified, farAhead]) expect(sink.to(user.email!)).toEqual([]);

    // The admin's view: who still misses what, and what the queue did (counts only).
    await waitForStatus(db, queued[0]!.id, "SENT");
    const summary = await getNotificationSummary(db, event.id);
    const prologue = summary.stages.find((stage) => stage.id === stages[0]!.id)!;
    expect(prologue.missing).toMatchObject({ players: 6, no_roster: 1, no_call: 4 });
    expect(prologue.reminders.sent + prologue.reminders.queued).toBe(3);

    // One click, no sign-in: reminders off for that player only.
    const response = await oneClickUnsubscribe(
      new Request(unsubscribe.slice(1, -1), { method: "POST", body: "List-Unsubscribe=One-Click" }),
    );
    expect(response.status).toBe(200);
    expect(await db.notificationPreference.findUniqueOrThrow({ where: { userId: noCall.id } })).toMatchObject({
      lockReminderEmail: false,
      resultsEmail: true,
    });
    const forged = unsubscribe.slice(1, -1).replace(/s=[^&]+/, "s=forged");
    expect((await oneClickUnsubscribe(new Request(forged, { method: "POST" }))).status).toBe(404);
  });

  it("are not sent once the stage has started, even when queued before", async () => {
    const db = testDb();
    const { event, stages } = await createPlayEvent(db, [await dbTimeIn(db, 2 * HOUR), await dbTimeIn(db, 26 * HOUR)]);
    const late = await verified(db);
    await createLeagueWithMembers(db, { eventId: event.id, ownerId: late.id });
    // Queued, then the stage starts before the worker gets to it.
    const [row] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO notification (user_id, kind, dedupe_key, stage_id) VALUES (${late.id}::uuid, 'LOCK_REMINDER', ${`stage:${stages[0]!.id}`}, ${stages[0]!.id}) RETURNING id`;
    await db.stage.update({ where: { id: stages[0]!.id }, data: { startsAt: await dbTimeIn(db, -60_000) } });
    await db.$transaction((tx) => queueDeliveries(tx, [row!.id]));
    await waitForStatus(db, row!.id, "SKIPPED");
    expect(sink.to(late.email!)).toEqual([]);
    // And the scan queues nothing for a started stage: the next one is a day away.
    await queueDueReminders(db);
    expect(await db.notification.count({ where: { userId: late.id } })).toBe(1);
  });
});

describe("results notices", () => {
  it("tell each player who played the stage their points and rank, after a publish and after a correction", async () => {
    const db = testDb();
    const { event, crews, stages, admin } = await createResultsEvent(db);
    const { F0, R0, S, F1, R1 } = crews;
    const [first, second] = [await verified(db), await verified(db)];
    await factories.createRosterSave(db, {
      userId: first.id,
      eventId: event.id,
      crewIds: [F0.id, R0.id, S.id],
      captainCrewId: S.id,
      savedAt: await dbTimeIn(db, -4 * HOUR),
    });
    await factories.createRosterSave(db, {
      userId: second.id,
      eventId: event.id,
      crewIds: [F1.id, R1.id, S.id],
      captainCrewId: S.id,
      savedAt: await dbTimeIn(db, -4 * HOUR),
    });
    const published = await saveAndPublish(db, admin.id, stages[0]!.id, finishOrder([F0, R0, S, F1, R1]));

    // The publish queued one task, delayed so that quick corrections merge.
    const [task] = await db.$queryRaw<{ data: { stageId: number; version: number }; start_after: Date }[]>`
      SELECT data, start_after FROM pgboss.job WHERE name = ${QUEUES.resultsNotices} AND (data->>'stageId')::int = ${stages[0]!.id}`;
    expect(task!.data).toEqual({ stageId: stages[0]!.id, version: published.version });
    expect(task!.start_after.getTime()).toBeGreaterThan(Date.now() + 30_000);

    expect(await fanOutResultsNotices(db, task!.data)).toBe(2);
    await sink.waitFor(() => sink.to(first.email!).length === 1 && sink.to(second.email!).length === 1);
    const toFirst = sink.to(first.email!)[0]!;
    expect(toFirst.subject).toBe("Stage 0 results are in: 73 points, rank 1");
    expect(toFirst.text).toContain("- Your rank: 1 of 2");
    expect(sink.to(second.email!)[0]!.subject).toBe("Stage 0 results are in: 52 points, rank 2");

    // A correction swaps F0 and F1: a new notice with the corrected figures.
    const corrected = await correctStageResults(db, {
      actorId: admin.id,
      stageId: stages[0]!.id,
      expectedVersion: published.version,
      rows: finishOrder([F1, R0, S, F0, R1]),
      reason: "timing error",
    });
    // The first publish's task finds the stage changed since: it leaves the notices to the correction's.
    expect(await fanOutResultsNotices(db, task!.data)).toBe(0);
    expect(await fanOutResultsNotices(db, { stageId: stages[0]!.id, version: corrected.version })).toBe(2);
    await sink.waitFor(() => sink.to(first.email!).length === 2);
    expect(sink.to(first.email!)[1]!.subject).toBe("Stage 0 results are corrected: 60 points, rank 2");
  });
});

describe("the queue across instances", () => {
  it("two instances on one database deliver each message once", async () => {
    const db = testDb();
    const second = await startNotificationWorkers(db, createSmtpMailer(sink.url), {
      url: process.env.DATABASE_URL!,
      schedule: false,
      ...FAST,
    });
    try {
      const users = await Promise.all(Array.from({ length: 12 }, () => verified(db)));
      await db.$transaction(async (tx) => {
        const { queueNotification } = await import("@/lib/server/notifications/queue");
        for (const user of users) await queueNotification(tx, { userId: user.id, kind: "RESET_PASSWORD", dedupeKey: "two-instances" });
      });
      await sink.waitFor(() => users.every((user) => sink.to(user.email!).length >= 1));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      for (const user of users) expect(sink.to(user.email!)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it("a worker that dies after claiming a message: another instance sends it, once", async () => {
    const db = testDb();
    const user = await verified(db);
    const [row] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO notification (user_id, kind, dedupe_key) VALUES (${user.id}::uuid, 'RESET_PASSWORD', 'claimed-then-dead') RETURNING id`;
    // The dying instance: its own client claims the job and never finishes it.
    const dying = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 1, supervise: false, schedule: false });
    await dying.start();
    try {
      await dying.send(
        QUEUES.deliver,
        { notificationId: row!.id },
        { expireInSeconds: 2, retryDelay: 1, retryBackoff: false, retryLimit: 3 },
      );
      const claimed = await dying.fetch<{ notificationId: number }>(QUEUES.deliver, { batchSize: 10 });
      expect(claimed?.some((job) => job.data.notificationId === row!.id)).toBe(true);
    } finally {
      await dying.stop({ graceful: false, wait: true });
    }
    // The running workers' maintenance expires the claim; a retry delivers it.
    await sink.waitFor(() => sink.to(user.email!).length === 1, 30_000);
    await waitForStatus(db, row!.id, "SENT");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(sink.to(user.email!)).toHaveLength(1);
  }, 60_000);
});

describe("delivery outcomes", () => {
  it("a failed send is recorded and retried; the last failed attempt marks it FAILED; a later success clears the error", async () => {
    const db = testDb();
    const user = await verified(db);
    // Inserted without a job: only the calls below deliver it.
    const [row] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO notification (user_id, kind, dedupe_key) VALUES (${user.id}::uuid, 'ACCOUNT_EXISTS', 'outcomes') RETURNING id`;
    const failing: Mailer = {
      mode: "smtp",
      send: async () => {
        throw new Error("mail server said no");
      },
    };
    await expect(deliverNotification(db, failing, row!.id)).rejects.toThrow("mail server said no");
    expect(await db.notification.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      error: "mail server said no",
      sentAt: null,
    });
    const sent: string[] = [];
    const working: Mailer = { mode: "smtp", send: async (message) => void sent.push(message.to) };
    expect(await deliverNotification(db, working, row!.id)).toEqual({ status: "SENT", channels: ["email"] });
    expect(await db.notification.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      error: null,
      channels: ["email"],
      sentAt: expect.any(Date),
    });
    // Recorded once: delivering it again sends nothing.
    expect(await deliverNotification(db, working, row!.id)).toBeNull();
    expect(sent).toEqual([user.email]);

    const [doomed] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO notification (user_id, kind, dedupe_key) VALUES (${user.id}::uuid, 'ACCOUNT_EXISTS', 'doomed') RETURNING id`;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await expect(deliverNotification(db, failing, doomed!.id)).rejects.toThrow();
      const stored = await db.notification.findUniqueOrThrow({ where: { id: doomed!.id } });
      expect(stored).toMatchObject({ attempts: attempt, status: attempt < MAX_ATTEMPTS ? "QUEUED" : "FAILED" });
    }
  });

  it("records a skip with its reason and no channel", async () => {
    const db = testDb();
    const user = await factories.createUser(db, { emailVerified: new Date() });
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    const [row] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO notification (user_id, kind, dedupe_key) VALUES (${user.id}::uuid, 'RESET_PASSWORD', 'skipped') RETURNING id`;
    const mailer: Mailer = { mode: "smtp", send: async () => expect.fail("nothing is sent to a deleted account") };
    expect(await deliverNotification(db, mailer, row!.id)).toEqual({ status: "SKIPPED", reason: "account deleted" });
    expect(await db.notification.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: "SKIPPED",
      error: "account deleted",
      channels: [],
      attempts: 1,
      sentAt: null,
    });
  });
});

async function waitForStatus(db: ReturnType<typeof testDb>, id: number, status: string) {
  const started = Date.now();
  for (;;) {
    const row = await db.notification.findUniqueOrThrow({ where: { id } });
    if (row.status === status) return row;
    if (Date.now() - started > 20_000) throw new Error(`notification ${id} is ${row.status}, not ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
