import "server-only";
import { AsyncResource } from "node:async_hooks";
import pg from "pg";

// Every async resource (a socket, a timer) keeps the async context it was created in, and a request's
// context holds Next's request store, the request and its response, and through Next's internals
// the requests after it. A database connection opened lazily during a request and kept by a pool for
// the life of the process therefore kept thousands of finished requests alive (a heap snapshot under
// load found them). Long-lived connections are opened in a scope captured at server start instead.

const holder = globalThis as unknown as { duneDraftStartupScope?: AsyncResource };

/** Captures the server's start-up context, before any request (instrumentation.ts). */
export function captureStartupScope(): void {
  holder.duneDraftStartupScope ??= new AsyncResource("dune-draft-startup");
}

/** Runs `work` in the start-up context when there is one (the Next server), else as it is (scripts, tests). */
export function runOutsideRequests<T>(work: () => T): T {
  const scope = holder.duneDraftStartupScope;
  return scope ? scope.runInAsyncScope(work) : work();
}

/** A pg client whose connection (its socket, and everything the socket schedules) belongs to no request. */
export class ClientOutsideRequests extends pg.Client {}
const connect = pg.Client.prototype.connect as (this: pg.Client, ...args: unknown[]) => unknown;
ClientOutsideRequests.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
  return runOutsideRequests(() => connect.apply(this, args));
} as pg.Client["connect"];
