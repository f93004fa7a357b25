// Plan links: every valid plan survives the trip through its link, the result page's short links
// fill in the rest from the rhythm file, and a tampered link is refused with a typed reason.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodePlanLink, MAX_LINK_PROBLEMS, readPlanLink } from '../../../src/lib/planner/plan-link';
import { HOLIDAY_CHOICES, validatePlanFields, type PlanFields } from '../../../src/lib/planner/plan-fields';
import { PLANNED_FORMATS, WEEKDAYS } from '../../../src/lib/planner/types';
import type { PlanInput } from '../../../src/lib/planner/plan';
import { rhythm } from './support';

const fieldsOf = (link: string): PlanFields => readPlanLink(link, rhythm).fields;
const validate = (fields: PlanFields) => validatePlanFields(fields, rhythm);

const anyInput: fc.Arbitrary<PlanInput> = fc
  .record({
    format: fc.constantFrom(...PLANNED_FORMATS),
    units: fc.integer({ min: 1, max: 50 }),
    choice: fc.nat(),
    weekday: fc.constantFrom(...WEEKDAYS),
    start: fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
    time: fc.option(fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }), {
      nil: undefined,
    }),
    holidays: fc.constantFrom(...HOLIDAY_CHOICES),
    christmasWeek: fc.boolean(),
  })
  .map(({ format, units, choice, weekday, start, time, holidays, christmasWeek }) => {
    const own = rhythm.formats[format];
    const input: PlanInput = {
      format,
      units: 1 + (units % own.maxUnits),
      months: own.lengths[choice % own.lengths.length] ?? own.lengthMonths,
      rhythm: own.rhythms[choice % own.rhythms.length] ?? own.rhythm,
      weekday,
      start: { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() },
      holidays,
      christmasWeek,
    };
    if (time) input.time = time;
    return input;
  });

describe('plan links', () => {
  test('every valid plan comes back unchanged from its link', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const link = `#${encodePlanLink(input, rhythm.formats[input.format].unit)}`;
        const read = readPlanLink(link, rhythm);
        expect(read.problems).toEqual([]);
        expect(read.complete).toBe(true);
        expect(validate(read.fields)).toEqual({ ok: true, input });
      }),
    );
  });

  test('a link reads as the planner shows it', () => {
    expect(
      encodePlanLink(
        {
          format: 'reverse-pairs',
          units: 3,
          months: 3,
          rhythm: 'fortnightly',
          weekday: 'tue',
          start: { year: 2027, month: 3, day: 2 },
          time: { hour: 9, minute: 30 },
          holidays: 'be',
          christmasWeek: true,
        },
        'pair',
      ),
    ).toBe(
      'format=reverse-pairs&pairs=3&months=3&rhythm=fortnightly&weekday=tue&start=2027-03-02&time=09%3A30&holidays=be&christmas=closed',
    );
  });

  test("the result page's short link fills in the format's own length and rhythm and waits for a date", () => {
    const read = readPlanLink('#format=reverse-groups&groups=2', rhythm, 'nl');
    expect(read).toEqual({
      fields: {
        format: 'reverse-groups',
        units: '2',
        months: '3',
        rhythm: 'fortnightly',
        weekday: 'tue',
        day: '',
        month: '',
        year: '',
        time: '',
        // A link without holidays gets the page's.
        holidays: 'nl',
        christmasWeek: '',
      },
      problems: [],
      complete: false,
    });
  });

  test('an empty link keeps the default format, so the form never loses its choice', () => {
    expect(readPlanLink('', rhythm).fields.format).toBe('reverse-pairs');
    expect(readPlanLink('#pairs=2', rhythm).fields.format).toBe('reverse-pairs');
  });

  test.each([
    // [what was done to the link, the link, the problems it reports]
    [
      'an unknown key added',
      '#format=buddy&pairs=2&start=2027-03-01&admin=1',
      [{ reason: 'unknown-key', key: 'admin' }],
    ],
    ['a key repeated', '#format=buddy&pairs=2&pairs=9', [{ reason: 'repeated-key', key: 'pairs' }]],
    ['groups for a pair format', '#format=traditional&groups=2', [{ reason: 'wrong-unit', key: 'groups' }]],
    ['a date that is not a date', '#format=buddy&start=next-tuesday', [{ reason: 'malformed-date', key: 'start' }]],
    ['broken percent-encoding', '#format=buddy&time=%E0%A4%A', [{ reason: 'malformed-encoding', key: 'time' }]],
  ])('a link with %s is refused: %j', (_, link, problems) => {
    expect(readPlanLink(link, rhythm).problems).toEqual(problems);
  });

  test.each([
    // [what was changed, the link, the field and reason the form shows]
    [
      'an unknown format',
      '#format=everything&pairs=3&start=2027-03-02',
      [{ field: 'format', problem: 'unknown-format' }],
    ],
    [
      'an unknown format and no date',
      '#format=everything',
      [
        { field: 'format', problem: 'unknown-format' },
        { field: 'day', problem: 'missing' },
      ],
    ],
    ['no pairs', '#format=reverse-pairs&pairs=0&start=2027-03-02', [{ field: 'units', problem: 'too-few' }]],
    [
      'too many pairs',
      '#format=reverse-pairs&pairs=99&start=2027-03-02',
      [{ field: 'units', problem: 'too-many', limit: 12 }],
    ],
    [
      'a negative number',
      '#format=reverse-pairs&pairs=-2&start=2027-03-02',
      [{ field: 'units', problem: 'not-a-whole-number' }],
    ],
    [
      'a length the format does not offer',
      '#format=reverse-pairs&pairs=3&months=5&start=2027-03-02',
      [{ field: 'months', problem: 'length-not-offered' }],
    ],
    [
      "another format's rhythm",
      '#format=traditional&pairs=3&rhythm=weekly&start=2027-03-02',
      [{ field: 'rhythm', problem: 'rhythm-not-offered' }],
    ],
    [
      'a weekend day',
      '#format=buddy&pairs=3&weekday=sat&start=2027-03-02',
      [{ field: 'weekday', problem: 'not-a-weekday' }],
    ],
    ['31 February', '#format=buddy&pairs=3&start=2027-02-31', [{ field: 'day', problem: 'impossible-date' }]],
    ['month 13', '#format=buddy&pairs=3&start=2027-13-01', [{ field: 'month', problem: 'impossible-date' }]],
    ['a year far away', '#format=buddy&pairs=3&start=3027-03-01', [{ field: 'year', problem: 'year-out-of-range' }]],
    [
      'holidays of a region the planner does not know',
      '#format=buddy&pairs=3&start=2027-03-01&holidays=mars',
      [{ field: 'holidays', problem: 'unknown-holidays' }],
    ],
    [
      'a time of 25:00',
      '#format=buddy&pairs=3&start=2027-03-01&time=25%3A00',
      [{ field: 'time', problem: 'not-a-time' }],
    ],
  ])('a link with %s keeps the value and names the field', (_, link, errors) => {
    expect(validate(fieldsOf(link))).toEqual({ ok: false, errors });
  });

  test('what a link says is kept as written, so the form shows it next to the message', () => {
    expect(fieldsOf('#format=reverse-pairs&pairs=99&start=2027-02-31')).toMatchObject({
      units: '99',
      day: '31',
      month: '02',
      year: '2027',
    });
  });

  test('a link with hundreds of thousands of keys is read in moments and reported in a few lines', () => {
    // A security review froze the tab for 9 s with such a link, and every key became a line on screen.
    const link = `#format=buddy&pairs=2&${Array.from({ length: 300_000 }, (_, index) => `k${index}=1`).join('&')}`;
    const started = performance.now();
    const read = readPlanLink(link, rhythm);
    // Generous, for a loaded machine: the cap makes it well under a millisecond.
    expect(performance.now() - started).toBeLessThan(500);
    expect(read.problems.length).toBeLessThanOrEqual(MAX_LINK_PROBLEMS + 1);
    expect(read.problems.slice(0, 2)).toEqual([
      { reason: 'unknown-key', key: 'k0' },
      { reason: 'unknown-key', key: 'k1' },
    ]);
    expect(read.problems.at(-1)).toEqual({ reason: 'too-long', key: '' });
    // Nothing after the first 1000 characters is read: a broken key at the end goes unreported.
    expect(readPlanLink(`${link}&%E0%A4%A=1`, rhythm).problems).not.toContainEqual(
      expect.objectContaining({ reason: 'malformed-encoding' }),
    );
    // What the start of the link said still fills in the form.
    expect(read.fields).toMatchObject({ format: 'buddy', units: '2' });
  });

  test('a long key or value is cut in the message, not repeated whole', () => {
    const read = readPlanLink(`#${'x'.repeat(500)}=1`, rhythm);
    expect(read.problems[0]?.key.length).toBeLessThanOrEqual(41);
  });

  test('more problems than a message should list end in one line that says how many more', () => {
    const link = `#${Array.from({ length: 12 }, (_, index) => `k${index}=1`).join('&')}`;
    const read = readPlanLink(link, rhythm);
    expect(read.problems).toHaveLength(MAX_LINK_PROBLEMS + 1);
    expect(read.problems.at(-1)).toEqual({ reason: 'more-problems', key: String(12 - MAX_LINK_PROBLEMS) });
  });

  test('no link, however mangled, makes the reader throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const read = readPlanLink(text, rhythm);
        expect(() => validate(read.fields)).not.toThrow();
      }),
    );
  });
});
