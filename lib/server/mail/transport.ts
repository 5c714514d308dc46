import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { buildRawMessage, parseSender } from "./raw-message";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** The link the message is about, printed on the console when mail goes to files. */
  link?: string;
};

export type Mailer = {
  mode: "smtp" | "files" | "off";
  send(message: MailMessage): Promise<void>;
  /** Closes pooled connections (a script or test ending; the app keeps its mailer for its life). */
  close?(): void;
};

/** What SMTP_URL does not say: a pool of connections kept open (nodemailer reconnects after 100 messages by default). */
const POOL_OPTIONS = { pool: "true", maxConnections: "8", maxMessages: "Infinity" };

/**
 * SMTP_URL with the pool's options added as query parameters, unless the URL sets them. Given a
 * URL, nodemailer reads its transport options from the URL alone (a second argument only holds
 * message defaults): passed that way, the pool was ignored and every message opened a connection
 * of its own, the costliest part of a delivery in the bench's profile.
 */
export function pooledSmtpUrl(url: string): string {
  const parsed = new URL(url);
  for (const [name, value] of Object.entries(POOL_OPTIONS)) {
    if (!parsed.searchParams.has(name)) parsed.searchParams.set(name, value);
  }
  return parsed.toString();
}

export function createSmtpMailer(url: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(pooledSmtpUrl(url));
  const sender = parseSender(env.MAIL_FROM);
  return {
    mode: "smtp",
    async send(message) {
      const raw = sender && buildRawMessage(sender, message);
      if (raw) {
        await transport.sendMail({ envelope: { from: sender.address, to: [message.to] }, raw });
        return;
      }
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
      });
    },
    close: () => transport.close(),
  };
}

/** The demo without a mail server: each message as an .eml file, and its subject and link on the console. */
function filesMailer(directory: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    mode: "files",
    async send(message) {
      const info = await transport.sendMail({
        from: env.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
      });
      mkdirSync(directory, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}.eml`;
      writeFileSync(path.join(directory, name), info.message as Buffer, { mode: 0o600 });
      console.log(`[mail] ${message.subject} -> ${message.to}${message.link ? `: ${message.link}` : ""} (${path.join(directory, name)})`);
    },
  };
}

const offMailer: Mailer = {
  mode: "off",
  async send() {
    throw new Error("email is off: set SMTP_URL");
  },
};

let mailer: Mailer | undefined;

/** SMTP_URL's server; else MAIL_DIR's files (npm start on the embedded demo); else off. */
export function getMailer(): Mailer {
  mailer ??= env.SMTP_URL ? createSmtpMailer(env.SMTP_URL) : env.MAIL_DIR ? filesMailer(env.MAIL_DIR) : offMailer;
  return mailer;
}
