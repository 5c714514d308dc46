import "server-only";
import type { NameStandIns } from "@/lib/format/player-name";
import { msg } from "@/lib/i18n/translate";
import { getRequestTranslate } from "./request-locale";

/** The words a page shows for a deleted or unnamed player, in the request's language. */
export async function getNameStandIns(): Promise<NameStandIns> {
  const t = await getRequestTranslate();
  return { deleted: t(msg("common.standIns.deleted")), unnamed: t(msg("common.standIns.unnamed")) };
}
