import "server-only";
import { createEvents, type EventAttributes } from "ics";
import { formatInTimeZone, timeZoneLabel } from "@/lib/format/date-time";
import { stageTitleValues } from "@/lib/format/stage-label";
import type { AppLocale } from "@/lib/i18n/locales";
import { msg, type Translate } from "@/lib/i18n/translate";

export type CalendarStage = {
  id: number;
  number: number;
  name: string | null;
  type: string;
  startTown: string;
  startsAt: Date;
  version: number;
  updatedAt: Date;
  event: { slug: string; name: string; timeZone: string };
};

type CalendarOptions = {
  name: string;
  /** The reader's language: the personal feed's owner's, or the one the public feed is asked in. */
  locale: AppLocale;
  t: Translate;
  /** The site's origin, for links back to the game. */
  origin: string;
  /** A reminder this long before each lock (the personal feed). */
  alarmHoursBefore?: number;
};

// A lock is an instant, but RFC 5545 calendars need a length: a short block at the start.
const LOCK_MINUTES = 15;

function describeLock(stage: CalendarStage, stageName: string, { origin, locale, t }: CalendarOptions): string {
  const { timeZone, slug } = stage.event;
  return [
    t(msg("email.calendar.locksWhen"), { stage: stageName }),
    t(msg("email.calendar.localTime"), {
      local: formatInTimeZone(stage.startsAt, timeZone, { year: "numeric" }, locale),
      zone: timeZone,
      offset: timeZoneLabel(stage.startsAt, timeZone, locale),
    }),
    t(msg("email.calendar.play"), { link: `${origin}/play/${slug}` }),
  ].join("\n");
}

function toCalendarEvent(stage: CalendarStage, options: CalendarOptions): EventAttributes {
  const { origin, alarmHoursBefore, t } = options;
  const stageName = t(msg("common.stageTitle"), stageTitleValues(stage));
  const title = t(msg("email.calendar.summary"), { event: stage.event.name, stage: stageName });
  return {
    // Stable across feeds and edits; SEQUENCE (the stage's edit version) tells calendars it moved.
    uid: `stage-${stage.id}-lock@dune-draft`,
    sequence: stage.version,
    title,
    description: describeLock(stage, stageName, options),
    location: stage.startTown,
    url: `${origin}/events/${stage.event.slug}/stages/${stage.number}`,
    start: stage.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: LOCK_MINUTES },
    lastModified: stage.updatedAt.getTime(),
    alarms: alarmHoursBefore
      ? [
          {
            action: "display",
            description: t(msg("email.calendar.alarm"), { title, hours: alarmHoursBefore }),
            trigger: { hours: alarmHoursBefore, before: true },
          },
        ]
      : undefined,
  };
}

/** RFC 5545 TEXT escaping, which the ics package applies to events' fields but not to the calendar's name. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, "\\n");
}

/** An iCalendar file with one event per stage lock, in UTC. */
export function buildStageLocksIcs(stages: CalendarStage[], options: CalendarOptions): string {
  const { error, value } = createEvents(
    stages.map((stage) => toCalendarEvent(stage, options)),
    { calName: escapeText(options.name), productId: "-//Dune Draft//Stage locks//EN" },
  );
  if (error || value === null) throw error ?? new Error("the calendar could not be built");
  return value;
}
