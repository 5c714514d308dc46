import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { buildRawMessage, parseSender } from "@/lib/server/mail/raw-message";

const sender = parseSender("Dune Draft <no-reply@dune-draft.test>")!;

describe("a raw email message", () => {
  it("parses back to the same sender, recipient, subject, parts and headers, in any script", async () => {
    const subject = `تذكير: المرحلة ${"الطويلة ".repeat(12)}تُغلق قريبًا`;
    const text = "مرحبًا ليلى،\n\nينقصك:\n- تشكيلة\n\n--\nhttps://dune.test/unsubscribe?u=1&t=reminders";
    const html = `<!doctype html><html lang="ar" dir="rtl"><body><p>${"نص طويل ".repeat(200)}</p></body></html>`;
    const raw = buildRawMessage(sender, {
      to: "layla@example.test",
      subject,
      text,
      html,
      headers: {
        "List-Unsubscribe": "<https://dune.test/api/unsubscribe?u=1&t=reminders&s=abc>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    })!;
    expect(raw.split("\r\n").every((line) => line.length <= 998)).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/); // CRLF line ends only
    const mail = await simpleParser(raw);
    expect(mail.from?.value).toEqual([{ name: "Dune Draft", address: "no-reply@dune-draft.test" }]);
    expect(mail.to).toMatchObject({ value: [{ address: "layla@example.test" }] });
    expect(mail.subject).toBe(subject);
    expect(mail.text?.replace(/\r\n/g, "\n").trim()).toBe(text);
    expect(mail.html).toBe(html);
    expect(mail.messageId).toMatch(/@dune-draft\.test>$/);
    expect(mail.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    expect(mail.headerLines.find((line) => line.key === "list-unsubscribe")?.line).toContain(
      "https://dune.test/api/unsubscribe?u=1&t=reminders&s=abc",
    );
  });

  it("keeps line breaks out of headers, so a name cannot add one", async () => {
    const raw = buildRawMessage(sender, {
      to: "rider@example.test",
      subject: "Stage 3\r\nBcc: victim@example.test",
      text: "t",
      html: "<p>h</p>",
      headers: { "X-Note": "a\nBcc: other@example.test" },
    })!;
    const mail = await simpleParser(raw);
    expect(mail.bcc).toBeUndefined();
    expect(mail.subject).toBe("Stage 3 Bcc: victim@example.test");
  });

  it("encodes a sender's name that is not ASCII", async () => {
    const french = parseSender("Équipe Dune <no-reply@dune-draft.test>")!;
    expect(french.header).toMatch(/^[\x20-\x7e]+$/);
    const mail = await simpleParser(buildRawMessage(french, { to: "rider@example.test", subject: "s", text: "t", html: "h" })!);
    expect(mail.from?.value).toEqual([{ name: "Équipe Dune", address: "no-reply@dune-draft.test" }]);
  });

  it("leaves what it does not build to nodemailer: a non-ASCII address or header, an odd sender", () => {
    const message = { to: "rider@example.test", subject: "s", text: "t", html: "h" };
    expect(buildRawMessage(sender, { ...message, to: "rïder@example.test" })).toBeNull();
    expect(buildRawMessage(sender, { ...message, headers: { "X-Name": "Zoé" } })).toBeNull();
    expect(parseSender("a@example.test, b@example.test")).toBeNull();
    expect(parseSender("no-reply@dune-draft.test")).toEqual({
      header: "no-reply@dune-draft.test",
      address: "no-reply@dune-draft.test",
      domain: "dune-draft.test",
    });
  });
});
