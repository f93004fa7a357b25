// The plan as an iCalendar file (RFC 5545) that calendar programs import: one event per moment.
// - UIDs are stable: made from the format, the kickoff date and the moment, so importing a changed
//   plan again updates the events instead of doubling them.
// - Timed events use floating local time (no Z, no TZID): 10:00 stays 10:00 wherever the file is
//   opened, as a facilitator means it; all-day events use VALUE=DATE.
// - Lines end in CRLF and are folded at 75 octets without splitting a character; text is escaped.
import { addDays, formatIsoDate } from './local-date';
import type { PilotPlan, PlanMoment } from './plan';
import type { LocalDate, LocalTime } from './types';

/** What the calendar file says about each moment, in the user's language. */
export interface IcsTexts {
  /** The calendar's name. */
  calendarName: string;
  /** The event title of a moment. */
  summary: (moment: PlanMoment) => string;
  /** The event's description, e.g. the sheets to bring. */
  description: (moment: PlanMoment) => string;
}

/** Where and when the file is made. */
export interface IcsOptions {
  /** The host that makes UIDs unique, e.g. 'mentorfit.org'. */
  uidDomain: string;
  /** When the file was made (DTSTAMP, in UTC). */
  now: Date;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const icsDate = (date: LocalDate): string => formatIsoDate(date).replace(/-/g, '');
const icsDateTime = (date: LocalDate, time: LocalTime, extraMinutes = 0): string => {
  const total = time.hour * 60 + time.minute + extraMinutes;
  const day = addDays(date, Math.floor(total / 1440));
  const minutes = total % 1440;
  return `${icsDate(day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
};
const utcStamp = (now: Date): string =>
  `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line so no line is longer than 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line may hold 75 octets; continuation lines hold 74 after their leading space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** The stable UID of a moment of a plan. */
function momentUid(plan: PilotPlan, moment: PlanMoment, domain: string): string {
  const kickoff = plan.moments.find((each) => each.kind === 'kickoff')?.date ?? plan.input.start;
  const which = moment.kind === 'session' ? `session-${moment.number}` : moment.kind;
  return `${plan.input.format}-${icsDate(kickoff)}-${which}@${domain}`;
}

/** The iCalendar file for a plan, lines joined with CRLF. */
export function planToIcs(plan: PilotPlan, texts: IcsTexts, options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MentorFit//Pilot planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  lines.push(`X-WR-CALNAME:${escapeText(texts.calendarName)}`);
  for (const moment of plan.moments) {
    lines.push('BEGIN:VEVENT', `UID:${momentUid(plan, moment, options.uidDomain)}`, `DTSTAMP:${utcStamp(options.now)}`);
    const time = plan.input.time;
    if (time && moment.minutes !== undefined && moment.kind !== 'preparation' && moment.kind !== 'retake') {
      lines.push(
        `DTSTART:${icsDateTime(moment.date, time)}`,
        `DTEND:${icsDateTime(moment.date, time, moment.minutes)}`,
      );
    } else {
      lines.push(`DTSTART;VALUE=DATE:${icsDate(moment.date)}`, `DTEND;VALUE=DATE:${icsDate(addDays(moment.date, 1))}`);
      lines.push('TRANSP:TRANSPARENT');
    }
    lines.push(`SUMMARY:${escapeText(texts.summary(moment))}`);
    const description = texts.description(moment);
    if (description !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
