import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listUsers } from "@/lib/server/users/list-users";
import { formatCalendarDate } from "@/lib/format/date-time";
import { Badge } from "@/components/ui/badge";
import { RoleButton } from "@/components/admin/role-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("meta.title", { page: t("meta.users") }) };
}

const searchSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  q: z.string().trim().max(100).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function AdminUsersPage({ searchParams }: Props) {
  const me = await requireAdminPage("/admin/users");
  const { page, q } = searchSchema.parse(await searchParams);
  const [{ users, total, pages }, t, locale] = await Promise.all([
    listUsers(db, { page, query: q }),
    getTranslations("admin"),
    getLocale(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("users.heading")}</h1>
      <form className="flex gap-2" role="search">
        <label htmlFor="q" className="sr-only">
          {t("users.searchLabel")}
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          dir="auto"
          placeholder={t("users.searchPlaceholder")}
          className="w-full max-w-xs rounded-md border border-stone-400 px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-night-900 px-4 py-2 font-semibold text-sand-50">
          {t("users.search")}
        </button>
      </form>
      <p className="text-sm text-stone-600">{t("users.total", { count: total })}</p>
      <ClientMessages groups={["admin.forms.role"]}>
        <Table caption={t("users.caption")} className="min-w-[36rem]">
          <TableHead>
            <Th>{t("users.player")}</Th>
            <Th>{t("users.email")}</Th>
            <Th>{t("users.joined")}</Th>
            <Th>{t("users.role")}</Th>
          </TableHead>
          <TableBody>
            {users.map((user) => (
              <tr key={user.id}>
                <RowHeader>
                  <bdi>{user.displayName ?? "—"}</bdi>
                  {user.id === me.id ? <span className="font-normal text-stone-600">{t("users.you")}</span> : null}
                </RowHeader>
                <Td>
                  <span dir="ltr">{user.email}</span>
                </Td>
                <Td>{formatCalendarDate(user.createdAt, locale)}</Td>
                <Td>
                  <div className="flex flex-wrap items-start gap-2">
                    {user.role === "ADMIN" ? <Badge tone="accent">{t("users.admin")}</Badge> : <Badge>{t("users.playerRole")}</Badge>}
                    {user.email ? <RoleButton email={user.email} role={user.role} /> : null}
                  </div>
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      </ClientMessages>
      {pages > 1 ? (
        <nav aria-label={t("pages.label")} className="flex gap-3 text-sm">
          {page > 1 ? (
            <Link href={`/admin/users?page=${page - 1}${q ? `&q=${encodeURIComponent(q)}` : ""}`}>{t("pages.previous")}</Link>
          ) : null}
          <span>{t("pages.pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link href={`/admin/users?page=${page + 1}${q ? `&q=${encodeURIComponent(q)}` : ""}`}>{t("pages.next")}</Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

export default withDatabaseNotice(AdminUsersPage);
