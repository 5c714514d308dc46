import type { RosterCrew } from "@/lib/game/roster";

/** A crew as the play page sends it to the browser: rule fields plus what the card shows. */
export type PlayCrew = RosterCrew & {
  number: number | null;
  driver: string;
  coDriver: string | null;
  driverNationality: string | null;
  coDriverNationality: string | null;
  vehicle: string | null;
};
