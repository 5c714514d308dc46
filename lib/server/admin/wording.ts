import "server-only";
import type { AppLocale } from "@/lib/i18n/locales";
import { msg, translateEnglish, type Translate } from "@/lib/i18n/translate";
import { stageTitleValues } from "@/lib/format/stage-label";

/**
 * How an admin data function words the refusals it builds from several parts (a timetable's row
 * messages, a stage named with a local time): the reader's translator and the locale its times are
 * written in. Actions pass the request's; English by default (the command line, tests).
 */
export type Wording = { t: Translate; locale: AppLocale };

export const ENGLISH_WORDING: Wording = { t: translateEnglish, locale: "en" };

/** "Stage 4" or "The prologue", to start a sentence. */
export function stageAtStart({ t }: Wording, stage: { number: number; type?: string }): string {
  return t(msg("admin.errors.stageAtStart"), stageTitleValues({ ...stage, name: null }));
}

/** "stage 4" or "the prologue", inside a sentence. */
export function stageInSentence({ t }: Wording, stage: { number: number; type?: string }): string {
  return t(msg("admin.action.stageInSentence"), stageTitleValues({ ...stage, name: null }));
}
