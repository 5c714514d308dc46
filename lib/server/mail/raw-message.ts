import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import addressparser from "nodemailer/lib/addressparser";
import mimeFuncs from "nodemailer/lib/mime-funcs";

// Every email the game sends has one shape: a plain-text and an HTML alternative in UTF-8, a
// subject, one recipient and a few ASCII headers (List-Unsubscribe). nodemailer's composer builds
// each message as a tree of streams (header normalisation and quoted-printable encoding per part,
// then many small socket writes): the largest share of a delivery's CPU in the bench's profile
// once the SMTP pool worked. Here the message is one string, its parts base64-encoded natively,
// and nodemailer only carries it over SMTP (its `raw` option). Anything outside that shape (a
// non-ASCII address, an odd header) is left to nodemailer's own composer.

/** The sender, parsed once from MAIL_FROM: its header line and its envelope address. */
export type Sender = { header: string; address: string; domain: string };

const isAscii = (value: string) => /^[\x20-\x7e]*$/.test(value);

/** A display name as a header phrase: quoted when ASCII, an encoded word otherwise. */
function phrase(name: string): string {
  return isAscii(name) ? `"${name.replace(/["\\]/g, "\\$&")}"` : mimeFuncs.encodeWords(name, "B", 52);
}

/** MAIL_FROM ("Name <address>" or a bare address) as a From header and an envelope sender; null when it is not one plain ASCII address. */
export function parseSender(from: string): Sender | null {
  const [parsed, ...rest] = addressparser(from, { flatten: true });
  if (!parsed || rest.length > 0 || !isAscii(parsed.address) || !/^[^@\s]+@[^@\s]+$/.test(parsed.address)) return null;
  const header = parsed.name ? `${phrase(parsed.name)} <${parsed.address}>` : parsed.address;
  return { header, address: parsed.address, domain: parsed.address.split("@")[1]! };
}

export type RawInput = { to: string; subject: string; text: string; html: string; headers?: Record<string, string> };

/** Header names and values this builder writes as they are (no encoding needed, no line longer than SMTP allows). */
const isPlainHeader = (name: string, value: string) => /^[A-Za-z][A-Za-z0-9-]*$/.test(name) && isAscii(value) && value.length < 900;

/** A part's body: base64 of its UTF-8, in lines of 76 characters. */
function base64Lines(content: string): string {
  const encoded = Buffer.from(content, "utf8").toString("base64");
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += 76) lines.push(encoded.slice(start, start + 76));
  return lines.join("\r\n");
}

/** Text in its canonical form for MIME: CRLF line ends. */
const crlf = (value: string) => value.replace(/\r?\n/g, "\r\n");

/**
 * The whole message (headers and both parts) as SMTP sends it, or null when the message is not of
 * the one shape built here. Header values lose any line break (no header injection from a name).
 */
export function buildRawMessage(sender: Sender, input: RawInput, now = new Date()): string | null {
  const extra = Object.entries(input.headers ?? {}).map(([name, value]) => [name, value.replace(/[\r\n]+/g, " ")] as const);
  if (!isAscii(input.to) || !/^[^@\s<>",]+@[^@\s<>",]+$/.test(input.to) || !extra.every(([name, value]) => isPlainHeader(name, value)))
    return null;
  const subject = input.subject.replace(/[\r\n]+/g, " ");
  const boundary = `--_dd_${randomBytes(12).toString("hex")}`;
  const headers = [
    `From: ${sender.header}`,
    `To: ${input.to}`,
    mimeFuncs.foldLines(`Subject: ${isAscii(subject) ? subject : mimeFuncs.encodeWords(subject, "B", 52)}`, 76).replace(/\r?\n/g, "\r\n"),
    `Message-ID: <${randomUUID()}@${sender.domain}>`,
    `Date: ${now.toUTCString().replace(/GMT/, "+0000")}`,
    "MIME-Version: 1.0",
    ...extra.map(([name, value]) => `${name}: ${value}`),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, content: string) =>
    `--${boundary}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(content)}\r\n`;
  return `${headers.join("\r\n")}\r\n\r\n${part("text/plain", crlf(input.text))}${part("text/html", crlf(input.html))}--${boundary}--\r\n`;
}
