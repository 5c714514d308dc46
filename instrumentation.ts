// Next.js runs register() once when the server starts, before it serves any request.
export async function register(): Promise<void> {
  const [{ captureStartupScope }, { formatAbortReasonStacks }] = await Promise.all([
    import("@/lib/server/outside-requests"),
    import("@/lib/server/abort-reason-stacks"),
  ]);
  captureStartupScope();
  formatAbortReasonStacks();
}
