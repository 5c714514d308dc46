import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";

/** Where the end-to-end server writes its emails (MAIL_DIR in playwright.config.ts). */
export const E2E_MAIL_DIR = path.resolve("playwright/.auth/mail");

export type Mail = { subject: string; text: string; links: string[] };

// Emails of earlier runs stay in the directory (the suite's fixed admin address gets one each run):
// only those written since this test process started count.
const STARTED_AT = Date.now() - 1_000;

/** The emails sent to `address` so far, oldest first. */
async function mailsTo(address: string): Promise<Mail[]> {
  if (!existsSync(E2E_MAIL_DIR)) return [];
  const files = readdirSync(E2E_MAIL_DIR)
    .filter((name) => name.endsWith(".eml") && statSync(path.join(E2E_MAIL_DIR, name)).mtimeMs >= STARTED_AT)
    .sort();
  const mails: Mail[] = [];
  for (const name of files) {
    const parsed = await simpleParser(readFileSync(path.join(E2E_MAIL_DIR, name)));
    const to = Array.isArray(parsed.to) ? parsed.to.map((entry) => entry.text).join(", ") : (parsed.to?.text ?? "");
    if (!to.includes(address)) continue;
    const text = parsed.text ?? "";
    mails.push({ subject: parsed.subject ?? "", text, links: [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]) });
  }
  return mails;
}

/** Waits for the `count`-th email to `address` (the queue delivers within seconds). */
export async function waitForMail(address: string, count = 1, timeoutMs = 30_000): Promise<Mail> {
  const started = Date.now();
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count) return mails[count - 1]!;
    if (Date.now() - started > timeoutMs) throw new Error(`no email number ${count} to ${address} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
