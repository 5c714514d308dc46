// Next.js runs register() once when the server starts, before it serves any request.
export async function register(): Promise<void> {
  const [{ captureStartupScope }, { formatAbortReasonStacks }] = await Promise.all([
    import("@/lib/server/outside-requests"),
    import("@/lib/server/abort-reason-stacks"),
  ]);
  captureStartupScope();
  formatAbortReasonStacks();
  // The queue's workers need Node (pg, nodemailer); Next's own convention names the runtime.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startAppNotificationWorkers } = await import("@/lib/server/notifications/start-workers");
    await startAppNotificationWorkers();
  }
}
