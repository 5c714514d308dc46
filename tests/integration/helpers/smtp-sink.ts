import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  header(name: string): string | undefined;
};

/** A header as sent (mailparser turns List-* headers into objects): its unfolded raw value. */
function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((entry) => entry.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives, parsed. */
export async function startSmtpSink() {
  const received: ReceivedMail[] = [];
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const text = mail.text ?? "";
          received.push({
            to: Array.isArray(mail.to) ? mail.to.map((entry) => entry.text).join(", ") : (mail.to?.text ?? ""),
            subject: mail.subject ?? "",
            text,
            html: typeof mail.html === "string" ? mail.html : "",
            header: (name: string) => rawHeader(mail, name),
            links: [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]),
          });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** SMTP connections opened to it so far. */
    connections: () => connections,
    to: (address: string) => received.filter((mail) => mail.to.includes(address)),
    async waitFor(predicate: (mails: ReceivedMail[]) => boolean, timeoutMs = 20_000) {
      const started = Date.now();
      while (!predicate(received)) {
        if (Date.now() - started > timeoutMs) throw new Error(`mail did not arrive in ${timeoutMs} ms (have ${received.length})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
