import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { requireAdminPage } from "@/lib/server/auth/guard-page";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { withDatabaseNotice } from "@/components/site/database-unavailable";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { formatUtcDateTime } from "@/lib/format/date-time";

export const metadata: Metadata = { title: "Audit log · Admin" };

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
  const { entries, total, pages, actions } = await listAuditEntries(db, { page, action: action || undefined });
  const pageLink = (target: number) => `/admin/audit?page=${target}${action ? `&action=${action}` : ""}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="text-sm text-stone-700">Every admin write: who, when, what changed and why. {total} entries.</p>
      <form className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="action" className="block text-sm font-semibold">
            Action
          </label>
          <select id="action" name="action" defaultValue={action ?? ""} className="rounded-md border border-stone-400 bg-white px-2 py-2">
            <option value="">All actions</option>
            {actions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-night-900 px-4 py-2 font-semibold text-sand-50">
          Filter
        </button>
      </form>
      <Table caption="Audit entries, newest first" className="min-w-[48rem]">
        <TableHead>
          <Th>When (UTC)</Th>
          <Th>Who</Th>
          <Th>Action</Th>
          <Th>What</Th>
          <Th>Change and reason</Th>
        </TableHead>
        <TableBody className="align-top">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <Td className="font-mono text-xs whitespace-nowrap">{formatUtcDateTime(entry.createdAt, "second")}</Td>
              <Td>
                {entry.actor
                  ? entry.actor.deletedAt
                    ? "Deleted player"
                    : (entry.actor.displayName ?? entry.actor.email)
                  : "System / command line"}
              </Td>
              <Td className="font-semibold">{entry.action}</Td>
              <Td>
                {entry.entityType} {entry.entityId}
              </Td>
              <Td>
                {entry.reason ? <p className="font-semibold">Reason: {entry.reason}</p> : null}
                <code className="text-xs break-all text-stone-700">{describeChange(entry.before, entry.after)}</code>
              </Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {page > 1 ? <Link href={pageLink(page - 1)}>Previous</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={pageLink(page + 1)}>Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

export default withDatabaseNotice(AuditPage);
