// Request headers that proxy.ts sets for the server components (and strips from what clients send).

/** The language a page's `?lang=` asks for. */
export const LOCALE_OVERRIDE_HEADER = "x-dune-lang";

/** The page's path, for its hreflang alternates (a layout is not told which page it wraps). */
export const PAGE_PATH_HEADER = "x-dune-path";
