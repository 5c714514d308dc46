import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer, pooledSmtpUrl } from "@/lib/server/mail/transport";
import { startSmtpSink } from "./helpers/smtp-sink";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.close();
});

describe("the SMTP mailer", () => {
  it("keeps its connection open across messages instead of opening one per message", async () => {
    const mailer = createSmtpMailer(sink.url);
    const before = sink.connections();
    for (let index = 0; index < 5; index += 1) {
      await mailer.send({ to: `pool-${index}@example.test`, subject: `Pooled ${index}`, text: "text", html: "<p>html</p>" });
    }
    await sink.waitFor((mails) => mails.filter((mail) => mail.subject.startsWith("Pooled ")).length === 5);
    mailer.close?.();
    expect(sink.connections() - before).toBe(1);
  });

  it("adds the pool's options to SMTP_URL without overriding the URL's own or losing its credentials", () => {
    const url = new URL(pooledSmtpUrl("smtps://mailer:p%40ss@mail.example.test:465?maxConnections=2"));
    expect(url.protocol).toBe("smtps:");
    expect(decodeURIComponent(url.password)).toBe("p@ss");
    expect(url.searchParams.get("maxConnections")).toBe("2");
    expect(url.searchParams.get("pool")).toBe("true");
    expect(url.searchParams.get("maxMessages")).toBe("Infinity");
  });
});
