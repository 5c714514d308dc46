import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { NationalityFlag } from "./nationality-flag";

export type CrewCardData = {
  id: number;
  number: number | null;
  driver: string;
  driverNationality: string | null;
  coDriver: string | null;
  coDriverNationality: string | null;
  price: number;
  isSamplePrice: boolean;
  status: "RUNNING" | "RETIRED";
};

export async function CrewCard({ crew, vehicle }: { crew: CrewCardData; vehicle?: string | null }) {
  const t = await getTranslations("common.crew");
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-sand-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        {/* Race numbers read left to right in every language, as on the cars. */}
        <span dir="ltr" className="rounded bg-night-900 px-2 py-0.5 font-mono text-sm font-bold text-sand-50">
          {crew.number === null ? (
            <span aria-label={t("numberUnpublished")}>{t("number", { number: "—" })}</span>
          ) : (
            t("number", { number: String(crew.number) })
          )}
        </span>
        {crew.status === "RETIRED" ? <Badge tone="muted">{t("retired")}</Badge> : null}
      </div>
      <h3 className="text-base leading-tight font-semibold">
        <Link href={`/crews/${crew.id}`} className="hover:underline">
          {crew.driver}
        </Link>{" "}
        <NationalityFlag code={crew.driverNationality} />
      </h3>
      <p className="text-sm text-stone-700">
        {crew.coDriver ? (
          <>
            {t("withCoDriver", { name: crew.coDriver })} <NationalityFlag code={crew.coDriverNationality} />
          </>
        ) : (
          t("coDriverUnpublished")
        )}
      </p>
      {vehicle ? <p className="text-sm text-stone-700">{vehicle}</p> : null}
      <p className="mt-auto text-sm">
        <span className="font-semibold">{t("price", { price: crew.price })}</span>
        {crew.isSamplePrice ? (
          <span className="text-stone-600">
            {" · "}
            {t("samplePrice")}
          </span>
        ) : null}
      </p>
    </article>
  );
}
