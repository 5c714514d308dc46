import { beforeAll, describe, expect, it, vi } from "vitest";
import { replaceCalendarFeedAction } from "@/lib/server/actions/notification-channels";
import { createEvent, createRosterSave, createStage, createUser } from "@/tests/factories";
import { GET as getEventCalendar } from "@/app/api/v1/events/[slug]/calendar.ics/route";
import { GET as getPersonalCalendar } from "@/app/api/v1/calendar/[token]/route";
import { testDb } from "./helpers/db";
import { signInAs } from "./helpers/fake-session";

vi.mock("@/auth", async () => {
  const { fakeSession } = await import("./helpers/fake-session");
  return { auth: async () => fakeSession.current, signIn: vi.fn(), signOut: vi.fn(), handlers: {} };
});

const HOUR = 3_600_000;

/** The calendar's VEVENTs as property maps, folded lines joined (RFC 5545 3.1). */
function parseEvents(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  let depth = 0;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (line === "BEGIN:VALARM") depth += 1;
    else if (line === "END:VALARM") depth -= 1;
    else if (current) {
      const [name, ...value] = line.split(":");
      const key = depth > 0 ? `VALARM.${name}` : name!;
      current[key] = value.join(":");
    }
  }
  return events;
}

const unescape = (text: string) => text.replace(/\\n/g, "\n").replace(/\\([,;\\])/g, "$1");
const icsUtc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function callEvent(slug: string, init: { query?: string; acceptLanguage?: string } = {}) {
  const url = `http://localhost/api/v1/events/${encodeURIComponent(slug)}/calendar.ics${init.query ?? ""}`;
  const headers = init.acceptLanguage ? { "accept-language": init.acceptLanguage } : undefined;
  return getEventCalendar(new Request(url, { headers }), {
    params: Promise.resolve({ slug }),
  });
}
function callFeed(token: string) {
  return getPersonalCalendar(new Request(`http://localhost/api/v1/calendar/${encodeURIComponent(token)}`), {
    params: Promise.resolve({ token }),
  });
}

describe("calendar feeds", () => {
  let event: Awaited<ReturnType<typeof createEvent>>;
  let draft: Awaited<ReturnType<typeof createEvent>>;
  let player: { id: string; role: "PLAYER" };
  let stages: Awaited<ReturnType<typeof createStage>>[];
  let cancelled: Awaited<ReturnType<typeof createStage>>;

  beforeAll(async () => {
    const db = testDb();
    event = await createEvent(db, { name: "Rally, Calendar; Test", timeZone: "Asia/Riyadh" });
    const base = Date.now() + 48 * HOUR;
    stages = [
      await createStage(db, { eventId: event.id, number: 0, type: "PROLOGUE", startsAt: new Date(base) }),
      await createStage(db, { eventId: event.id, number: 1, name: "Yanbu loop", startsAt: new Date(base + 24 * HOUR) }),
    ];
    cancelled = await createStage(db, { eventId: event.id, number: 2, status: "CANCELLED", startsAt: new Date(base + 48 * HOUR) });
    draft = await createEvent(db, { status: "DRAFT" });
    await createStage(db, { eventId: draft.id, number: 1 });
    player = { id: (await createUser(db)).id, role: "PLAYER" };
    await createRosterSave(db, { userId: player.id, eventId: event.id });
    await createRosterSave(db, { userId: player.id, eventId: draft.id });
  });

  it("serves an event's stage locks: one event per non-cancelled stage at its start, in UTC", async () => {
    const response = await callEvent(event.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("X-WR-CALNAME:Rally\\, Calendar\\; Test: stage locks\r\n");
    const events = parseEvents(ics);
    expect(events.map((vevent) => vevent.UID)).toEqual(stages.map((stage) => `stage-${stage.id}-lock@dune-draft`));
    expect(ics).not.toContain(`stage-${cancelled.id}-lock`);
    for (const [index, vevent] of events.entries()) {
      expect(vevent.DTSTART).toBe(icsUtc(stages[index]!.startsAt));
      expect(vevent["VALARM.TRIGGER"]).toBeUndefined();
    }
    expect(unescape(events[1]!.SUMMARY!)).toBe("Rally, Calendar; Test: Stage 1: Yanbu loop locks");
    // Riyadh is UTC+3 all year: the event's local time is three hours after the UTC start.
    const local = new Date(stages[0]!.startsAt.getTime() + 3 * HOUR);
    const hhmm = local.toISOString().slice(11, 16);
    expect(unescape(events[0]!.DESCRIPTION!)).toContain(`${hhmm}, event local time (Asia/Riyadh, GMT+3).`);
  });

  it("keeps the same UID when a stage moves, and bumps its SEQUENCE", async () => {
    const db = testDb();
    const before = parseEvents(await (await callEvent(event.slug)).text())[1]!;
    await db.stage.update({
      where: { id: stages[1]!.id },
      data: { startsAt: new Date(stages[1]!.startsAt.getTime() + HOUR), version: { increment: 1 } },
    });
    const after = parseEvents(await (await callEvent(event.slug)).text())[1]!;
    expect(after.UID).toBe(before.UID);
    expect(Number(after.SEQUENCE)).toBe(Number(before.SEQUENCE) + 1);
    expect(after.DTSTART).not.toBe(before.DTSTART);
  });

  it("answers 404 for a draft or unknown event and 400 for a malformed slug, never 500", async () => {
    expect((await callEvent(draft.slug)).status).toBe(404);
    expect((await callEvent("no-such-event")).status).toBe(404);
    expect((await callEvent("<script>")).status).toBe(400);
  });

  it("serves a player's own feed with an alarm 3 hours before each lock, without draft events", async () => {
    signInAs(player);
    const result = await replaceCalendarFeedAction();
    expect(result.ok).toBe(true);
    const path = "path" in result ? result.path : "";
    const token = path.split("/").at(-1)!;
    const response = await callFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const ics = await response.text();
    const events = parseEvents(ics);
    expect(events.map((vevent) => vevent.UID)).toEqual(stages.map((stage) => `stage-${stage.id}-lock@dune-draft`));
    for (const vevent of events) {
      expect(vevent["VALARM.TRIGGER"]).toBe("-PT3H");
      expect(vevent["VALARM.ACTION"]).toBe("DISPLAY");
    }
    expect(ics).not.toContain(draft.name);
    // Only the token's hash is stored.
    const feed = await testDb().calendarFeed.findUniqueOrThrow({ where: { userId: player.id } });
    expect(feed.tokenHash).not.toContain(token);
  });

  it("the feed's alarms follow the player's reminder lead time, and it speaks the player's language", async () => {
    const db = testDb();
    signInAs(player);
    const result = await replaceCalendarFeedAction();
    const token = "path" in result ? result.path.split("/").at(-1)! : "";
    await db.notificationPreference.upsert({
      where: { userId: player.id },
      create: { userId: player.id, leadHours: 24 },
      update: { leadHours: 24 },
    });
    await db.user.update({ where: { id: player.id }, data: { locale: "fr" } });
    try {
      const ics = await (await callFeed(token)).text();
      expect(ics).toContain("X-WR-CALNAME:Dune Draft\u00a0: mes clôtures d’étapes\r\n");
      const events = parseEvents(ics);
      for (const vevent of events) expect(["-PT24H", "-P1D"]).toContain(vevent["VALARM.TRIGGER"]);
      expect(unescape(events[1]!.SUMMARY!)).toBe("Rally, Calendar; Test\u00a0: clôture – Étape 1\u00a0: Yanbu loop");
      expect(unescape(events[1]!["VALARM.DESCRIPTION"]!)).toContain("dans 24 heures");
      expect(unescape(events[0]!.DESCRIPTION!)).toContain("heure locale de l’épreuve (Asia/Riyadh");
    } finally {
      await db.notificationPreference.update({ where: { userId: player.id }, data: { leadHours: 3 } });
      await db.user.update({ where: { id: player.id }, data: { locale: null } });
    }
  });

  it("the public file speaks the language the link names, else the calendar app's Accept-Language", async () => {
    const spanish = await callEvent(event.slug, { query: "?lang=es", acceptLanguage: "fr" });
    expect(spanish.headers.get("vary")).toContain("Accept-Language");
    expect(await spanish.text()).toContain("X-WR-CALNAME:Rally\\, Calendar\\; Test: cierre de las etapas\r\n");
    const arabic = parseEvents(await (await callEvent(event.slug, { acceptLanguage: "ar-SA,ar;q=0.9" })).text());
    expect(unescape(arabic[0]!.DESCRIPTION!)).toContain("تُغلق التشكيلات");
    const unknown = await (await callEvent(event.slug, { query: "?lang=xx", acceptLanguage: "de" })).text();
    expect(unknown).toContain("stage locks\r\n");
  });

  it("a replaced link stops working at once; malformed and unknown tokens are 404 too", async () => {
    signInAs(player);
    const first = await replaceCalendarFeedAction();
    const second = await replaceCalendarFeedAction();
    const tokenOf = (result: typeof first) => ("path" in result ? result.path.split("/").at(-1)! : "");
    expect((await callFeed(tokenOf(first))).status).toBe(404);
    expect((await callFeed(tokenOf(second))).status).toBe(200);
    for (const bad of ["", "x", "A".repeat(43), `${tokenOf(second)}x`, "../../etc/passwd", "%00", "🏁".repeat(20)]) {
      const response = await callFeed(bad);
      expect(response.status, bad).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("a player without events gets an empty calendar; a deleted account's link is gone", async () => {
    const db = testDb();
    const loner = { id: (await createUser(db)).id, role: "PLAYER" as const };
    signInAs(loner);
    const result = await replaceCalendarFeedAction();
    const token = "path" in result ? result.path.split("/").at(-1)! : "";
    const response = await callFeed(token);
    expect(response.status).toBe(200);
    expect(parseEvents(await response.text())).toEqual([]);
    await db.user.update({ where: { id: loner.id }, data: { deletedAt: new Date() } });
    expect((await callFeed(token)).status).toBe(404);
    signInAs(null);
  });
});
