import { ClientMessages } from "@/components/i18n/client-messages";
import { LiveBoardStatus } from "./live-board-status";

/** The live-update line of a board, with its messages (`boards.live`) and nothing else. */
export function LiveBoardRefresh({ eventSlug }: { eventSlug: string }) {
  return (
    <ClientMessages groups={["boards.live"]}>
      <LiveBoardStatus eventSlug={eventSlug} />
    </ClientMessages>
  );
}
