import "server-only";

// Every email the game sends, written here in code: a plain-text part and an HTML part with the same
// words. Names come from players and admins, so the HTML escapes everything it inserts.

export type Rendered = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

type Block = { kind: "p"; text: string } | { kind: "list"; items: string[] } | { kind: "button"; label: string; href: string };

function render(subject: string, greeting: string, blocks: Block[], footer: string[]): Rendered {
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
        ? `<ul style="margin:0 0 16px;padding-left:20px">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`
        : `<p style="margin:0 0 16px"><a href="${escapeHtml(block.href)}" style="display:inline-block;background:#9a3412;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(block.label)}</a></p>`,
  );
  const html = `<!doctype html><html><body style="margin:0;padding:24px;background:#faf7f2;font-family:system-ui,sans-serif;color:#1c1917;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:700;color:#9a3412">Dune Draft</p>
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

const hello = (name: string | null) => (name ? `Hello ${name},` : "Hello,");
const IGNORE = "If you did not ask for this, ignore this email: nothing changes.";

export function verifyEmailMessage(input: { displayName: string | null; link: string }): Rendered {
  return render(
    "Confirm your email address",
    hello(input.displayName),
    [
      { kind: "p", text: "Confirm this address to get lock reminders and results by email. The link works once, for one hour." },
      { kind: "button", label: "Confirm my address", href: input.link },
    ],
    [IGNORE],
  );
}

export function resetPasswordMessage(input: { displayName: string | null; link: string }): Rendered {
  return render(
    "Reset your Dune Draft password",
    hello(input.displayName),
    [
      {
        kind: "p",
        text: "Someone asked to reset the password of your Dune Draft account. Choose a new one with this link; it works once, for one hour.",
      },
      { kind: "button", label: "Choose a new password", href: input.link },
      { kind: "p", text: "Resetting signs you out on every device." },
    ],
    [IGNORE],
  );
}

export function lockReminderMessage(input: {
  displayName: string | null;
  eventName: string;
  stageName: string;
  locksAt: string;
  missing: string[];
  link: string;
  unsubscribeLink: string;
}): Rendered {
  return render(
    `${input.stageName} locks ${input.locksAt}: your picks are not ready`,
    hello(input.displayName),
    [
      { kind: "p", text: `${input.eventName}: ${input.stageName} locks ${input.locksAt}. Still to do:` },
      { kind: "list", items: input.missing },
      { kind: "button", label: "Get ready", href: input.link },
    ],
    [`You get this because lock reminders are on. Stop them: ${input.unsubscribeLink}`],
  );
}

export function resultsMessage(input: {
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
}): Rendered {
  const what = input.isCorrection ? "corrected" : "in";
  return render(
    `${input.stageName} results are ${what}: ${input.stagePoints} points, rank ${input.rank}`,
    hello(input.displayName),
    [
      { kind: "p", text: `${input.eventName}, ${input.stageName}: the results are ${what}.` },
      {
        kind: "list",
        items: [
          `Your points on this stage: ${input.stagePoints}`,
          `Your total: ${input.total} points`,
          `Your rank: ${input.rank} of ${input.players}`,
        ],
      },
      { kind: "button", label: "See the leaderboard", href: input.link },
    ],
    [`You get this because results notices are on. Stop them: ${input.unsubscribeLink}`],
  );
}

export function accountExistsMessage(input: { displayName: string | null; signInLink: string; resetLink: string }): Rendered {
  return render(
    "You already have a Dune Draft account",
    hello(input.displayName),
    [
      {
        kind: "p",
        text: "Someone, perhaps you, tried to create a Dune Draft account with this address. You already have one, so nothing was created.",
      },
      { kind: "button", label: "Sign in", href: input.signInLink },
      { kind: "p", text: `Forgot your password? Choose a new one: ${input.resetLink}` },
    ],
    [IGNORE],
  );
}
