import "server-only";
import { directionOf, type AppLocale } from "@/lib/i18n/locales";
import { msg, type Translate } from "@/lib/i18n/translate";

// Every email the game sends, built here in code: a plain-text part and an HTML part with the same
// words, in the recipient's language (messages/<locale>/email.json; `Lang` carries the translator,
// see lib/server/notifications/deliver.ts). Names come from players and admins, so the HTML escapes
// everything it inserts.

/** The recipient's language and its messages. */
export type Lang = { locale: AppLocale; t: Translate };

export type Rendered = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

type Block = { kind: "p"; text: string } | { kind: "list"; items: string[] } | { kind: "button"; label: string; href: string };

function render(lang: Lang, subject: string, greeting: string, blocks: Block[], footer: string[]): Rendered {
  const dir = directionOf(lang.locale);
  // Right to left: the list's bullets hang on the right.
  const listPadding = dir === "rtl" ? "padding-right:20px" : "padding-left:20px";
  const textBlocks = blocks.map((block) =>
    block.kind === "p"
      ? block.text
      : block.kind === "list"
        ? block.items.map((item) => `- ${item}`).join("\n")
        : `${block.label}: ${block.href}`,
  );
  const text = [greeting, ...textBlocks, "--", ...footer].join("\n\n");
  const htmlBlocks = blocks.map((block) =>
    block.kind === "p"
      ? `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`
      : block.kind === "list"
        ? `<ul style="margin:0 0 16px;${listPadding}">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`
        : `<p style="margin:0 0 16px"><a href="${escapeHtml(block.href)}" style="display:inline-block;background:#9a3412;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(block.label)}</a></p>`,
  );
  const html = `<!doctype html><html lang="${lang.locale}" dir="${dir}"><body dir="${dir}" style="margin:0;padding:24px;background:#faf7f2;font-family:system-ui,sans-serif;color:#1c1917;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:700;color:#9a3412">${escapeHtml(lang.t(msg("common.brand")))}</p>
<p style="margin:0 0 16px">${escapeHtml(greeting)}</p>
${htmlBlocks.join("\n")}
<hr style="border:none;border-top:1px solid #e7e5e4;margin:24px 0 12px">
${footer.map((line) => `<p style="margin:0 0 6px;font-size:12px;color:#57534e">${linkify(line)}</p>`).join("\n")}
</div></body></html>`;
  return { subject, text, html };
}

/** Footer lines may end with a URL: it becomes a link in the HTML part. */
function linkify(line: string): string {
  const match = /^(.*?)(https?:\/\/\S+)$/.exec(line);
  return match
    ? `${escapeHtml(match[1]!)}<a href="${escapeHtml(match[2]!)}" style="color:#57534e">${escapeHtml(match[2]!)}</a>`
    : escapeHtml(line);
}

const hello = ({ t }: Lang, name: string | null) => (name ? t(msg("email.hello"), { name }) : t(msg("email.helloNoName")));

export function verifyEmailMessage(lang: Lang, input: { displayName: string | null; link: string }): Rendered {
  const { t } = lang;
  return render(
    lang,
    t(msg("email.verify.subject")),
    hello(lang, input.displayName),
    [
      { kind: "p", text: t(msg("email.verify.body")) },
      { kind: "button", label: t(msg("email.verify.button")), href: input.link },
    ],
    [t(msg("email.ignore"))],
  );
}

export function resetPasswordMessage(lang: Lang, input: { displayName: string | null; link: string }): Rendered {
  const { t } = lang;
  return render(
    lang,
    t(msg("email.reset.subject")),
    hello(lang, input.displayName),
    [
      { kind: "p", text: t(msg("email.reset.body")) },
      { kind: "button", label: t(msg("email.reset.button")), href: input.link },
      { kind: "p", text: t(msg("email.reset.signsOut")) },
    ],
    [t(msg("email.ignore"))],
  );
}

export function lockReminderMessage(
  lang: Lang,
  input: {
    displayName: string | null;
    eventName: string;
    stageName: string;
    locksAt: string;
    missing: string[];
    link: string;
    unsubscribeLink: string;
  },
): Rendered {
  const { t } = lang;
  const values = { stage: input.stageName, event: input.eventName, locksAt: input.locksAt };
  return render(
    lang,
    t(msg("email.lockReminder.subject"), values),
    hello(lang, input.displayName),
    [
      { kind: "p", text: t(msg("email.lockReminder.body"), values) },
      { kind: "list", items: input.missing },
      { kind: "button", label: t(msg("email.lockReminder.button")), href: input.link },
    ],
    [t(msg("email.lockReminder.footer"), { link: input.unsubscribeLink })],
  );
}

export function resultsMessage(
  lang: Lang,
  input: {
    displayName: string | null;
    eventName: string;
    stageName: string;
    isCorrection: boolean;
    stagePoints: number;
    total: number;
    rank: number;
    players: number;
    link: string;
    unsubscribeLink: string;
  },
): Rendered {
  const { t } = lang;
  const values = {
    stage: input.stageName,
    event: input.eventName,
    correction: input.isCorrection ? "yes" : "no",
    points: input.stagePoints,
    total: input.total,
    rank: input.rank,
    players: input.players,
  };
  return render(
    lang,
    t(msg("email.results.subject"), values),
    hello(lang, input.displayName),
    [
      { kind: "p", text: t(msg("email.results.body"), values) },
      {
        kind: "list",
        items: [t(msg("email.results.stagePoints"), values), t(msg("email.results.total"), values), t(msg("email.results.rank"), values)],
      },
      { kind: "button", label: t(msg("email.results.button")), href: input.link },
    ],
    [t(msg("email.results.footer"), { link: input.unsubscribeLink })],
  );
}

export function accountExistsMessage(lang: Lang, input: { displayName: string | null; signInLink: string; resetLink: string }): Rendered {
  const { t } = lang;
  return render(
    lang,
    t(msg("email.accountExists.subject")),
    hello(lang, input.displayName),
    [
      { kind: "p", text: t(msg("email.accountExists.body")) },
      { kind: "button", label: t(msg("email.accountExists.button")), href: input.signInLink },
      { kind: "p", text: t(msg("email.accountExists.forgot"), { link: input.resetLink }) },
    ],
    [t(msg("email.ignore"))],
  );
}
