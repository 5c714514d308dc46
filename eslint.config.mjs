import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Text in JSX comes from the message files (docs/i18n.md). The rule covers the files converted so
// far: whoever converts a page or component adds its file (or folder glob) here in the same change.
const TRANSLATED_FILES = [
  "app/layout.tsx",
  "app/not-found.tsx",
  "app/error.tsx",
  "app/global-error.tsx",
  "app/forbidden.tsx",
  "app/(public)/not-found.tsx",
  "app/(public)/crews/**",
  "app/(public)/events/**",
  "app/(public)/page.tsx",
  "app/(public)/players/**",
  "app/(public)/sign-in/page.tsx",
  "app/(public)/sign-up/page.tsx",
  "app/(public)/forgot-password/page.tsx",
  "app/(public)/reset-password/page.tsx",
  "app/(public)/verify-email/page.tsx",
  "app/(public)/unsubscribe/page.tsx",
  "app/(play)/account/page.tsx",
  "components/account/**",
  "app/admin/**",
  "components/admin/**",
  "app/(play)/leagues/**",
  "app/(play)/play/**",
  "app/(play)/replays/**",
  "components/auth/**",
  "components/crews/**",
  "components/email/**",
  "components/events/**",
  "components/i18n/**",
  "components/leaderboards/**",
  "components/players/**",
  "components/leagues/**",
  "components/play/**",
  "components/replay/**",
  "components/site/**",
  "components/time/**",
];

// Symbols that read the same in every language (separators, the logo's mark).
const NEUTRAL_TEXT = ["·", "—", "–", "◭", "→", ":", "(", ")", ",", ".", "/", "▲", "▼", "✓", "✗", "★", "#—"];

const translatedText = {
  files: TRANSLATED_FILES,
  rules: {
    // Text between tags, literal or in braces ({"Play"}, {`Stage ${n}`}).
    "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: NEUTRAL_TEXT }],
    // Props that people read or hear; other props (className, href, type...) may hold any string.
    "no-restricted-syntax": [
      "error",
      {
        selector: "JSXAttribute[name.name=/^(aria-label|aria-description|title|alt|placeholder|label|hint)$/] > Literal",
        message: "Text people read or hear comes from the message files (docs/i18n.md): use t(…).",
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  translatedText,
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", "playwright-report/**", "test-results/**", ".data/**", "next-env.d.ts"] },
];
export default config;
