/** The form-level outcome, announced politely to screen readers when it changes. */
export function FormMessage({ result }: { result: { ok: boolean; message?: string } | null }) {
  return (
    <div aria-live="polite" role="status">
      {result?.message ? (
        <p
          className={`rounded-md px-3 py-2 text-sm font-medium ${result.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900"}`}
        >
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
