// The calendar file is read back with ical.js, a real parser, and every event checked against the
// plan: dates, times, titles, stable UIDs. The raw text is checked for CRLF, folding and escaping.
process.env.TZ = 'Europe/Amsterdam';

import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, planToIcs } from '../../../src/lib/planner/ics';
import { formatIsoDate } from '../../../src/lib/planner/local-date';
import { buildPlan, type PilotPlan, type PlanMoment } from '../../../src/lib/planner/plan';
import { PLANNED_FORMATS, WEEKDAYS } from '../../../src/lib/planner/types';
import { inputFor, minutes, rhythm } from './support';

const texts = {
  calendarName: 'Pilot: reverse mentoring, pairs',
  summary: (m: PlanMoment) => (m.kind === 'session' ? `Session ${m.number}; pair, “together”` : `Moment: ${m.kind}`),
  description: (m: PlanMoment) => (m.sheets.length > 0 ? `Bring:\n${m.sheets.join(', ')}\\ printed` : ''),
};
const options = { uidDomain: 'mentorfit.org', now: new Date(Date.UTC(2026, 11, 1, 9, 30, 0)) };

/** The events of an .ics text, as ical.js reads them. */
function parse(ics: string): ICAL.Event[] {
  const jcal: unknown = ICAL.parse(ics);
  if (!Array.isArray(jcal)) throw new Error('not a calendar');
  const calendar = new ICAL.Component(jcal);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

const ymd = (time: ICAL.Time): string =>
  `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;

/** Checks every event of the file against the plan it came from. */
function expectEventsMatch(plan: PilotPlan, ics: string): void {
  const events = parse(ics);
  expect(events).toHaveLength(plan.moments.length);
  for (const [index, moment] of plan.moments.entries()) {
    const event = events[index] as ICAL.Event;
    expect(ymd(event.startDate), `${moment.kind} ${moment.number}`).toBe(formatIsoDate(moment.date));
    expect(event.summary).toBe(texts.summary(moment));
    expect(event.description ?? '').toBe(texts.description(moment));
    const timed = plan.input.time !== undefined && moment.kind !== 'preparation' && moment.kind !== 'retake';
    expect(event.startDate.isDate).toBe(!timed);
    if (timed && plan.input.time) {
      expect([event.startDate.hour, event.startDate.minute]).toEqual([plan.input.time.hour, plan.input.time.minute]);
      // Floating time: no zone, so 10:00 is 10:00 wherever the calendar is.
      expect(event.startDate.zone?.tzid).toBe('floating');
      expect(event.duration.toSeconds()).toBe((moment.minutes ?? 0) * 60);
    } else {
      expect(event.duration.toSeconds()).toBe(86_400);
    }
  }
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
}

describe('the calendar file', () => {
  const allDay = buildPlan(inputFor('reverse-pairs', { year: 2027, month: 3, day: 2 }), rhythm, minutes);
  const timed = buildPlan(
    inputFor('reverse-pairs', { year: 2027, month: 3, day: 2 }, { time: { hour: 10, minute: 0 } }),
    rhythm,
    minutes,
  );

  test('an all-day plan reads back with one all-day event per moment', () => {
    expectEventsMatch(allDay, planToIcs(allDay, texts, options));
  });

  test('a timed plan keeps 10:00 on both sides of the change to summer time', () => {
    const ics = planToIcs(timed, texts, options);
    expectEventsMatch(timed, ics);
    expect(ics).toContain('DTSTART:20270323T100000\r\n');
    expect(ics).toContain('DTSTART:20270406T100000\r\n');
    expect(ics).toContain('DTEND:20270302T113000\r\n'); // the 90-minute kickoff
  });

  test('UIDs stay the same when the plan is made again, and when only the size changes', () => {
    const again = buildPlan({ ...timed.input, units: 7 }, rhythm, minutes);
    const uids = (plan: PilotPlan): string[] =>
      parse(planToIcs(plan, texts, { ...options, now: new Date() })).map((e) => e.uid);
    expect(uids(again)).toEqual(uids(timed));
    expect(uids(timed)[2]).toBe('reverse-pairs-20270302-session-1@mentorfit.org');
  });

  test('every line ends in CRLF and none is longer than 75 octets', () => {
    const ics = planToIcs(timed, { ...texts, calendarName: 'Ééé '.repeat(40) }, options);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(ics).length).toBe(timed.moments.length);
  });

  test.each([
    ['a; b', 'a\\; b'],
    ['a, b', 'a\\, b'],
    ['a\\b', 'a\\\\b'],
    ['one\ntwo', 'one\\ntwo'],
  ])('text %j is escaped as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  test('folding never splits a character and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`SUMMARY:${text}`);
        for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${text}`);
      }),
    );
  });

  test('any plan, with any text, reads back with every event intact', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLANNED_FORMATS),
        fc.constantFrom(...WEEKDAYS),
        fc.integer({ min: 0, max: 3650 }),
        fc.option(fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }), {
          nil: undefined,
        }),
        fc.string({ maxLength: 80 }),
        (format, weekday, offset, time, name) => {
          const start = new Date(Date.UTC(2026, 0, 1 + offset));
          const input = inputFor(
            format,
            { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() },
            { weekday },
          );
          if (time) input.time = time;
          const plan = buildPlan(input, rhythm, minutes);
          const ics = planToIcs(plan, { ...texts, calendarName: name }, options);
          expectEventsMatch(plan, ics);
        },
      ),
      { numRuns: 60 },
    );
  });
});
