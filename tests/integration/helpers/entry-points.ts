// Every server action (lib/server/actions/*.ts) and route handler (app/**/route.ts), found by
// globbing, so a new entry point is picked up by the authorization matrix and the bad-input fuzzing
// without anyone listing it. Test files must vi.mock @/auth, next/headers and next/cache first.

type AnyFunction = (...args: unknown[]) => Promise<unknown>;
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const actionModules = import.meta.glob<Record<string, unknown>>("../../../lib/server/actions/*.ts", { eager: true });
const actionSources = import.meta.glob<string>("../../../lib/server/actions/*.ts", { eager: true, query: "?raw", import: "default" });
const routeModules = import.meta.glob<Record<string, unknown>>("../../../app/**/route.ts", { eager: true });

/**
 * The names an action module reads from its form, read from its source: string literals (field
 * lists, formData.get("x")) and `input.x` (fields parsed straight from Object.fromEntries(formData)).
 * A superset is fine: extra names are just extra hostile fields.
 */
function namesReadBy(source: string): string[] {
  const literals = [...source.matchAll(/"([a-z][A-Za-z]*)"/g)].map((match) => match[1]!);
  const inputs = [...source.matchAll(/\binput\.([a-z][A-Za-z]*)/g)].map((match) => match[1]!);
  return [...new Set([...literals, ...inputs])].sort();
}

export const actions = Object.entries(actionModules).flatMap(([file, module]) => {
  const name = file.split("/").at(-1)!.replace(/\.ts$/, "");
  const fields = namesReadBy(actionSources[file] ?? "");
  return Object.entries(module)
    .filter(([, value]) => typeof value === "function")
    .map(([exported, fn]) => ({ id: `${name}.${exported}`, fn: fn as AnyFunction, fields }));
});

export const routes = Object.entries(routeModules).flatMap(([file, module]) => {
  const id = file.split("/app/")[1]!;
  // app/api/v1/events/[slug]/route.ts -> /api/v1/events/[slug]; route groups "(x)" are not in the URL.
  const path = `/${id.replace(/\/?route\.ts$/, "")}`.replace(/\/\([^)]+\)/g, "");
  const params = [...path.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((match) => ({ name: match[2]!, isCatchAll: Boolean(match[1]) }));
  return ["GET", "POST", "PUT", "PATCH", "DELETE"]
    .filter((method) => typeof module[method] === "function")
    .map((method) => ({ id, method, path, params, fn: module[method] as RouteHandler }));
});

/** The URL of a route with its params filled in, as a browser would send it. */
export function routeUrl(path: string, params: Record<string, string | string[]>, query = ""): string {
  const filled = path.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name] ?? "";
    return (Array.isArray(value) ? value : [value]).map(encodeURIComponent).join("/");
  });
  return `http://localhost${filled}${query ? `?${query}` : ""}`;
}

export type ActionOutcome =
  | {
      kind: "result";
      result: { ok?: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[] | undefined> } | undefined;
    }
  | { kind: "redirect"; to: string }
  | { kind: "threw"; error: unknown };

/** Next's redirect() throws an error whose digest starts NEXT_REDIRECT; the page then navigates. */
function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? (digest.split(";")[2] ?? "") : null;
}

/** Calls an action the way React does: (previousState, formData), or (formData) for plain form actions. */
export async function callAction(fn: AnyFunction, formData: FormData): Promise<ActionOutcome> {
  try {
    const result = fn.length >= 2 ? await fn(null, formData) : await fn(formData);
    return { kind: "result", result: result as Extract<ActionOutcome, { kind: "result" }>["result"] };
  } catch (error) {
    const to = redirectTarget(error);
    return to === null ? { kind: "threw", error } : { kind: "redirect", to };
  }
}
