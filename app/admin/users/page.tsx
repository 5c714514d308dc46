import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listUsers } from "@/lib/server/users/list-users";
import { formatCalendarDate } from "@/lib/format/date-time";
import { Badge } from "@/components/ui/badge";
import { RoleButton } from "@/components/admin/role-button";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { RowHeader, Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";

export const metadata: Metadata = { title: "Users · Admin" };

const searchSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  q: z.string().trim().max(100).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function AdminUsersPage({ searchParams }: Props) {
  const me = await requireAdminPage("/admin/users");
  const { page, q } = searchSchema.parse(await searchParams);
  const { users, total, pages } = await listUsers(db, { page, query: q });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Users</h1>
      <form className="flex gap-2" role="search">
        <label htmlFor="q" className="sr-only">
          Search by email or display name
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder="Email or display name"
          className="w-full max-w-xs rounded-md border border-stone-400 px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-night-900 px-4 py-2 font-semibold text-sand-50">
          Search
        </button>
      </form>
      <p className="text-sm text-stone-600">{total} accounts</p>
      <Table caption="Accounts with role and joining date" className="min-w-[36rem]">
        <TableHead>
          <Th>Player</Th>
          <Th>Email</Th>
          <Th>Joined</Th>
          <Th>Role</Th>
        </TableHead>
        <TableBody>
          {users.map((user) => (
            <tr key={user.id}>
              <RowHeader>
                {user.displayName ?? "—"}
                {user.id === me.id ? <span className="font-normal text-stone-600"> (you)</span> : null}
              </RowHeader>
              <Td>{user.email}</Td>
              <Td>{formatCalendarDate(user.createdAt)}</Td>
              <Td>
                <div className="flex flex-wrap items-start gap-2">
                  {user.role === "ADMIN" ? <Badge tone="accent">Admin</Badge> : <Badge>Player</Badge>}
                  {user.email ? <RoleButton email={user.email} role={user.role} /> : null}
                </div>
              </Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {page > 1 ? <Link href={`/admin/users?page=${page - 1}${q ? `&q=${encodeURIComponent(q)}` : ""}`}>Previous</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/admin/users?page=${page + 1}${q ? `&q=${encodeURIComponent(q)}` : ""}`}>Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

export default withDatabaseNotice(AdminUsersPage);
