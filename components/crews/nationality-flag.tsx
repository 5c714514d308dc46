import {
  AE,
  AR,
  AT,
  AU,
  BE,
  BO,
  BR,
  CA,
  CH,
  CL,
  CN,
  CZ,
  DE,
  DK,
  EE,
  ES,
  FI,
  FR,
  GB,
  HU,
  IE,
  IN,
  IT,
  JP,
  KZ,
  LT,
  LV,
  MA,
  MX,
  NL,
  NO,
  NZ,
  PE,
  PL,
  PT,
  QA,
  RO,
  RU,
  SA,
  SE,
  SK,
  UA,
  US,
  ZA,
} from "country-flag-icons/react/3x2";
import { useLocale } from "next-intl";
import { describeNationality, type NationalityAlpha2 } from "@/lib/format/nationality";

// SVG flags drawn inline: emoji flags need a font with them, and Linux often has none (empty boxes).
// Named imports keep the bundle to these flags; the type makes the list follow the nationalities.
const FLAGS: Record<NationalityAlpha2, typeof FR> = {
  AE,
  AR,
  AT,
  AU,
  BE,
  BO,
  BR,
  CA,
  CH,
  CL,
  CN,
  CZ,
  DE,
  DK,
  EE,
  ES,
  FI,
  FR,
  GB,
  HU,
  IE,
  IN,
  IT,
  JP,
  KZ,
  LT,
  LV,
  MA,
  MX,
  NL,
  NO,
  NZ,
  PE,
  PL,
  PT,
  QA,
  RO,
  RU,
  SA,
  SE,
  SK,
  UA,
  US,
  ZA,
};

/** A crew member's nationality: the flag, named for screen readers and on hover, or the code when we have no flag. */
export function NationalityFlag({ code }: { code: string | null }) {
  const nationality = describeNationality(code, useLocale());
  if (!nationality) return null;
  if (!nationality.alpha2) {
    return (
      <abbr title={nationality.name} className="text-xs font-semibold no-underline">
        {nationality.code}
      </abbr>
    );
  }
  const Flag = FLAGS[nationality.alpha2];
  return (
    <Flag
      role="img"
      aria-label={nationality.name}
      title={nationality.name}
      className="inline-block h-[0.8em] w-auto align-[-0.05em] shadow-[0_0_0_1px_rgb(0_0_0/0.15)]"
    />
  );
}
