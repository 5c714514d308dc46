import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { createServer } from "node:net";
import { constants } from "node:os";

export type ExitResult = { code: number; signal: NodeJS.Signals | null };

// Children still running when we exit are told to stop too (a SIGTERM aimed at us alone would
// otherwise orphan a build).
const liveChildren = new Set<ChildProcess>();

/** Spawns a command and resolves with its exit (never rejects on a non-zero exit). */
export function startProcess(command: string, args: string[], options: SpawnOptions = {}) {
  const child = spawn(command, args, { stdio: "inherit", ...options });
  liveChildren.add(child);
  const exited = new Promise<ExitResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code: code ?? 128 + (signal ? constants.signals[signal] : 1), signal }));
  }).finally(() => liveChildren.delete(child));
  return { child, exited };
}

/** Asks a child to stop, and kills it if it has not exited after `graceMs`. */
export async function stopProcess(child: ChildProcess, exited: Promise<ExitResult>, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited.catch(() => undefined);
  clearTimeout(timer);
}

type EnvValues = Record<string, string | undefined>;

/** The caller's environment (PATH, HOME...) for a child: `defaults` < the caller's own < `overrides`. */
export function childEnv(overrides: EnvValues, defaults: EnvValues = {}): NodeJS.ProcessEnv {
  return { ...defaults, ...process.env, ...overrides };
}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** Resolves once `url` answers any HTTP response; rejects after `timeoutMs` or when `abort` settles. */
export async function waitForHttp(url: string, timeoutMs: number, abort: Promise<unknown>): Promise<void> {
  let aborted = false;
  void abort.then(
    () => (aborted = true),
    () => (aborted = true),
  );
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (aborted) throw new Error(`the server exited before answering ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

type Cleanup = () => Promise<void> | void;

/**
 * Runs registered cleanups (last registered first) once, on SIGINT/SIGTERM or on demand, then
 * exits. A second signal while cleaning up is ignored: the cleanups are what makes data persist.
 */
export function createShutdown(onSignal: (signal: NodeJS.Signals) => void) {
  const cleanups: Cleanup[] = [];
  let running: Promise<never> | undefined;

  function shutdown(code: number): Promise<never> {
    running ??= (async () => {
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (error) {
          console.error(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
          code ||= 1;
        }
      }
      for (const child of liveChildren) child.kill("SIGTERM");
      process.exit(code);
    })();
    return running;
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (running) return;
      onSignal(signal);
      void shutdown(0);
    });
  }

  return {
    add(cleanup: Cleanup) {
      cleanups.push(cleanup);
    },
    exit: shutdown,
    get isShuttingDown() {
      return running !== undefined;
    },
  };
}
