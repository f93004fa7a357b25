// A plan link carries the planner's fields after the # of the address, so the plan is never sent
// to a server: '#format=reverse-pairs&pairs=3&months=3&rhythm=fortnightly&weekday=tue&start=2027-03-02'.
// Every field is optional, so the result page can link with just the format and size. Reading a
// link never trusts it: unknown or repeated keys are reported with a typed reason, and the values
// go through the same validatePlanFields as typed input, so a tampered link cannot make a plan the
// form would refuse. The work and the message are bounded: only the first MAX_LINK_CHARS characters
// are read, at most MAX_LINK_PROBLEMS problems are listed (then one line says how many more), and a
// key is quoted to at most 40 characters, so a link of a million keys neither freezes the tab nor
// fills the page.
import type { PilotRhythm } from '../../schemas/pilot-rhythm';
import { formatIsoDate, formatTime } from './local-date';
import type { PlanInput } from './plan';
import { defaultFields, type PlanFields } from './plan-fields';
import { PLANNED_FORMATS, type HolidayChoice, type PlannedFormat } from './types';

/** The keys a plan link may hold. */
const LINK_KEYS = [
  'format',
  'pairs',
  'groups',
  'months',
  'rhythm',
  'weekday',
  'start',
  'time',
  'holidays',
  'christmas',
] as const;

/** A key of a plan link. */
type LinkKey = (typeof LINK_KEYS)[number];

/** Why part of a link was refused. */
type LinkProblemReason =
  | 'unknown-key'
  | 'repeated-key'
  | 'wrong-unit'
  | 'malformed-date'
  | 'malformed-encoding'
  | 'too-long'
  | 'more-problems';

/** The most characters of a link that are read; a real plan link is under 200. */
const MAX_LINK_CHARS = 1000;

/** The most problems a link's message lists one by one. */
export const MAX_LINK_PROBLEMS = 5;

/** The most characters of a key quoted in a message. */
const MAX_KEY_CHARS = 40;

const quoted = (key: string): string => (key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS)}…` : key);

/** A refused part of a plan link. */
export interface LinkProblem {
  reason: LinkProblemReason;
  /** The key as written in the link (cut at 40 characters); for 'more-problems', how many more. */
  key: string;
}

/** What a link says: the fields to fill in (defaults where it is silent), and what was wrong with it. */
export interface ReadLink {
  fields: PlanFields;
  problems: LinkProblem[];
  /** True when the link holds every field a plan needs, so the plan can be shown at once. */
  complete: boolean;
}

/** The fragment (without '#') for a plan input. */
export function encodePlanLink(input: PlanInput, unit: 'pair' | 'group'): string {
  const parts: [LinkKey, string][] = [
    ['format', input.format],
    [unit === 'pair' ? 'pairs' : 'groups', String(input.units)],
    ['months', String(input.months)],
    ['rhythm', input.rhythm],
    ['weekday', input.weekday],
    ['start', formatIsoDate(input.start)],
  ];
  if (input.time) parts.push(['time', formatTime(input.time)]);
  parts.push(['holidays', input.holidays]);
  if (input.christmasWeek) parts.push(['christmas', 'closed']);
  return parts.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

const isLinkKey = (key: string): key is LinkKey => (LINK_KEYS as readonly string[]).includes(key);

/** Reads a plan link's fragment (with or without '#'); never throws. A link without holidays gets the page's. */
export function readPlanLink(fragment: string, rhythm: PilotRhythm, holidays: HolidayChoice = 'none'): ReadLink {
  const problems: LinkProblem[] = [];
  const values = new Map<LinkKey, string>();
  let text = fragment.replace(/^#/, '');
  const tooLong = text.length > MAX_LINK_CHARS;
  // Cut at the last whole part within the limit, so no key is read half.
  if (tooLong) text = text.slice(0, text.lastIndexOf('&', MAX_LINK_CHARS) + 1);
  for (const part of text.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const rawKey = equals === -1 ? part : part.slice(0, equals);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey);
      value = equals === -1 ? '' : decodeURIComponent(part.slice(equals + 1).replace(/\+/g, ' '));
    } catch {
      problems.push({ reason: 'malformed-encoding', key: quoted(rawKey) });
      continue;
    }
    if (!isLinkKey(key)) problems.push({ reason: 'unknown-key', key: quoted(key) });
    else if (values.has(key)) problems.push({ reason: 'repeated-key', key });
    else values.set(key, value);
  }

  const format = values.get('format') ?? '';
  const known = (PLANNED_FORMATS as readonly string[]).includes(format) ? (format as PlannedFormat) : undefined;
  // No format at all keeps the form's default, so the chosen format never flips to none.
  const fields: PlanFields = known
    ? defaultFields(known, rhythm, 3, holidays)
    : {
        ...defaultFields('reverse-pairs', rhythm, 3, holidays),
        format: values.has('format') ? format : 'reverse-pairs',
      };
  const unitKey = known && rhythm.formats[known].unit === 'group' ? 'groups' : 'pairs';
  const otherKey = unitKey === 'pairs' ? 'groups' : 'pairs';
  if (values.has(otherKey)) problems.push({ reason: 'wrong-unit', key: otherKey });
  const units = values.get(unitKey);
  if (units !== undefined) fields.units = units;
  for (const key of ['months', 'rhythm', 'weekday', 'time', 'holidays'] as const) {
    const value = values.get(key);
    if (value !== undefined) fields[key] = value;
  }
  const christmas = values.get('christmas');
  if (christmas !== undefined) fields.christmasWeek = christmas;
  const start = values.get('start');
  if (start !== undefined) {
    const match = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(start);
    if (match) [fields.year, fields.month, fields.day] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
    else problems.push({ reason: 'malformed-date', key: 'start' });
  }
  const complete = ['format', unitKey, 'start'].every((key) => values.has(key as LinkKey));
  return { fields, problems: boundedProblems(problems, tooLong), complete };
}

/** The first problems one by one, then how many more, then whether the link was cut. */
function boundedProblems(problems: LinkProblem[], tooLong: boolean): LinkProblem[] {
  const listed = problems.slice(0, MAX_LINK_PROBLEMS);
  if (problems.length > MAX_LINK_PROBLEMS && !tooLong)
    listed.push({ reason: 'more-problems', key: String(problems.length - MAX_LINK_PROBLEMS) });
  if (tooLong) listed.push({ reason: 'too-long', key: '' });
  return listed;
}

/** The names of the form's fields, as a form sent before the island woke up puts them in the address's query. */
const FORM_FIELDS = [
  'format',
  'units',
  'months',
  'rhythm',
  'weekday',
  'day',
  'month',
  'year',
  'time',
  'holidays',
  'christmasWeek',
] as const satisfies readonly (keyof PlanFields)[];

/**
 * Reads a form sent before the island woke up (the browser puts it in the query: '?format=…&day=…'),
 * or undefined when the query holds no field of the form. Fields it does not name keep the
 * defaults; a box left unticked is simply absent. Never throws, and reads at most MAX_LINK_CHARS.
 */
export function readSentForm(search: string, rhythm: PilotRhythm, holidays: HolidayChoice): PlanFields | undefined {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, MAX_LINK_CHARS));
  } catch {
    return undefined;
  }
  if (!FORM_FIELDS.some((field) => params.has(field))) return undefined;
  const fields = defaultFields('reverse-pairs', rhythm, 3, holidays);
  fields.christmasWeek = '';
  for (const field of FORM_FIELDS) {
    const value = params.get(field);
    if (value !== null) fields[field] = value;
  }
  return fields;
}
