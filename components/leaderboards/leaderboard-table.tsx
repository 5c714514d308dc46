import { ClientMessages } from "@/components/i18n/client-messages";
import { LeaderboardRows } from "./leaderboard-rows";

/**
 * A board's table (event, stage or league): the client table with only its own messages,
 * `boards.table`, so every page that shows a board carries the same small set.
 */
export function LeaderboardTable(props: React.ComponentProps<typeof LeaderboardRows>) {
  return (
    <ClientMessages groups={["boards.table"]}>
      <LeaderboardRows {...props} />
    </ClientMessages>
  );
}
