import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { formatUtcDateTime } from "@/lib/format/date-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.audit") }) };
}

const searchSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z-]*$/)
    .optional()
    .catch(undefined),
});

function describeChange(before: unknown, after: unknown): string {
  if (before === null && after === null) return "";
  const text = JSON.stringify({ ...(before ? { before } : {}), ...(after ? { after } : {}) });
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function AuditPage({ searchParams }: Props) {
  await requireAdminPage("/admin/audit");
  const { page, action } = searchSchema.parse(await searchParams);
  const [{ entries, total, pages, actions }, t] = await Promise.all([
    listAuditEntries(db, { page, action: action || undefined }),
    getTranslations("admin"),
  ]);
  const pageLink = (target: number) => `/admin/audit?page=${target}${action ? `&action=${action}` : ""}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("audit.heading")}</h1>
      <p className="text-sm text-stone-700">{t("audit.intro", { count: total })}</p>
      <form className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="action" className="block text-sm font-semibold">
            {t("audit.action")}
          </label>
          <select id="action" name="action" defaultValue={action ?? ""} className="rounded-md border border-stone-400 bg-white px-2 py-2">
            <option value="">{t("audit.allActions")}</option>
            {actions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-night-900 px-4 py-2 font-semibold text-sand-50">
          {t("audit.filter")}
        </button>
      </form>
      <Table caption={t("audit.caption")} className="min-w-[48rem]">
        <TableHead>
          <Th>{t("audit.when")}</Th>
          <Th>{t("audit.who")}</Th>
          <Th>{t("audit.action")}</Th>
          <Th>{t("audit.what")}</Th>
          <Th>{t("audit.change")}</Th>
        </TableHead>
        <TableBody className="align-top">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <Td className="font-mono text-xs whitespace-nowrap">
                <span dir="ltr">{formatUtcDateTime(entry.createdAt, "second")}</span>
              </Td>
              <Td>
                {entry.actor
                  ? entry.actor.deletedAt
                    ? t("audit.deleted")
                    : (entry.actor.displayName ?? entry.actor.email)
                  : t("audit.system")}
              </Td>
              <Td className="font-semibold">{entry.action}</Td>
              <Td>
                {entry.entityType} {entry.entityId}
              </Td>
              <Td>
                {entry.reason ? (
                  <p className="font-semibold" dir="auto">
                    {t("audit.reason", { reason: entry.reason })}
                  </p>
                ) : null}
                <code dir="ltr" className="block text-start text-xs break-all text-stone-700">
                  {describeChange(entry.before, entry.after)}
                </code>
              </Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {pages > 1 ? (
        <nav aria-label={t("pages.label")} className="flex gap-3 text-sm">
          {page > 1 ? <Link href={pageLink(page - 1)}>{t("pages.previous")}</Link> : null}
          <span>{t("pages.pageOf", { page, pages })}</span>
          {page < pages ? <Link href={pageLink(page + 1)}>{t("pages.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

export default withDatabaseNotice(AuditPage);
