import { describeNationality } from "@/lib/format/nationality";

export function NationalityFlag({ code }: { code: string | null }) {
  const nationality = describeNationality(code);
  if (!nationality) return null;
  return (
    <abbr title={nationality.name} className="no-underline" aria-label={nationality.name}>
      {nationality.flag || nationality.code}
    </abbr>
  );
}
