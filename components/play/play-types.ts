// The play page's crew type, defined beside the event read that builds it (a type only: nothing
// server-side reaches the browser).
export type { PlayCrew } from "@/lib/server/picks/load-event-rules";
