// On a kit page opened from the planner or the result, the address holds the plan after the #: this
// adds a column with the copies for that plan's size, length and rhythm (the format's own when the
// link names only the format and the size). When the link holds a kickoff date, each sheet's kicker
// line gets its dates in the plan, and the attendance log's "planned date" column is filled in. A
// missing or broken plan link leaves the page as it is, with copies for the whole pilot and for each
// pair or group, and blanks to fill in by hand.
import type { PilotHolidays } from '../schemas/pilot-holidays';
import type { PilotRhythm } from '../schemas/pilot-rhythm';
import type { Lang } from '../lib/language';
import { copiesFor, kitCopies, sheetMoments } from '../lib/planner/kit';
import { dateText } from '../lib/planner/date-text';
import { buildPlan, type PilotPlan, type PlanMoment } from '../lib/planner/plan';
import { readPlanLink } from '../lib/planner/plan-link';
import { validatePlanFields } from '../lib/planner/plan-fields';
import type { PlannedFormat } from '../lib/planner/types';

interface KitData {
  format: PlannedFormat;
  rhythm: PilotRhythm;
  holidays: PilotHolidays;
  lang: Lang;
  one: string;
  many: string;
  /** The planner's words for the moments: 'planner.moment.session' and so on. */
  words: Record<string, string>;
  datesMany: string;
}

// Not src/lib/fill-text: the build puts that module in the islands' runtime chunk (7 KB of Preact),
// which this page has no other use for. The templates here are this page's own, with plain {names}.
const fill = (template: string | undefined, values: Record<string, string | number>): string =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

function showPlanCopies(data: KitData): void {
  const size = document.querySelector<HTMLElement>('[data-kit-size]');
  if (!size) return;
  const read = readPlanLink(window.location.hash, data.rhythm, data.lang === 'nl' ? 'nl' : 'england-wales');
  // Copies do not depend on the dates, so a link with a format and a size is enough (the result page's).
  const { day, month, year } = read.fields;
  const undated = { ...read.fields, day: day || '1', month: month || '3', year: year || '2027' };
  const result = validatePlanFields(undated, data.rhythm);
  const hasSize = /(^|[#&])(pairs|groups)=/.test(window.location.hash);
  const cells = document.querySelectorAll<HTMLElement>('[data-kit-total]');
  const hint = document.querySelector<HTMLElement>('[data-kit-hint]');
  const usable = read.problems.length === 0 && hasSize && result.ok && result.input.format === data.format;
  for (const cell of cells) cell.hidden = !usable;
  size.hidden = !usable;
  if (hint) hint.hidden = usable;
  const dated = usable && result.ok && day !== '' && month !== '' && year !== '';
  showPlanDates(data, dated && result.ok ? buildPlan(result.input, data.rhythm, {}, data.holidays) : undefined);
  if (!usable || !result.ok) return;
  const { units } = result.input;
  const words = { count: units, units: units === 1 ? data.one : data.many };
  size.textContent = fill(size.dataset.template, words);
  const header = document.querySelector<HTMLElement>('th[data-kit-total]');
  if (header) header.textContent = fill(header.dataset.template, words);
  for (const row of kitCopies(data.format, data.rhythm, result.input)) {
    const cell = document.querySelector<HTMLElement>(`[data-kit-row="${row.sheet}"] td[data-kit-total]`);
    if (!cell) continue;
    cell.textContent = String(copiesFor(row, units));
    cell.dataset.label = header?.textContent ?? '';
  }
}

/** A moment's name: 'Kickoff', 'Session 3 of 6'. */
function momentName(data: KitData, plan: PilotPlan, moment: PlanMoment): string {
  return fill(data.words[`planner.moment.${moment.kind}`], { number: moment.number, count: plan.sessions });
}

/** Puts the plan's dates on each sheet's kicker line and in the attendance log; none without a dated plan. */
function showPlanDates(data: KitData, plan: PilotPlan | undefined): void {
  for (const old of document.querySelectorAll('[data-kit-dates]')) old.remove();
  for (const cell of document.querySelectorAll<HTMLElement>('[data-plan-date]')) cell.textContent = '';
  if (!plan) return;
  for (const [sheet, moments] of sheetMoments(plan)) {
    const kicker = document.querySelector(`[data-sheet="${sheet}"] .worksheet__kicker`);
    if (!kicker) continue;
    const first = moments[0] as PlanMoment;
    const last = moments.at(-1) as PlanMoment;
    const text =
      moments.length === 1
        ? `${momentName(data, plan, first)}: ${dateText(data.lang, first.date)}`
        : moments.length <= 5
          ? moments.map((moment) => dateText(data.lang, moment.date, 'short')).join(', ')
          : fill(data.datesMany, {
              count: moments.length,
              first: dateText(data.lang, first.date, 'short'),
              last: dateText(data.lang, last.date, 'short'),
            });
    const span = document.createElement('span');
    span.dataset.kitDates = sheet;
    span.textContent = ` · ${text}`;
    kicker.append(span);
  }
  const sessions = plan.moments.filter((moment) => moment.kind === 'session');
  const cells = document.querySelectorAll<HTMLElement>('[data-plan-date]');
  for (const [index, cell] of cells.entries()) {
    const session = sessions[index];
    if (session) cell.textContent = dateText(data.lang, session.date, 'short');
  }
}

const source = document.getElementById('kit-data')?.textContent;
if (source) {
  const data = JSON.parse(source) as KitData;
  showPlanCopies(data);
  window.addEventListener('hashchange', () => showPlanCopies(data));
}
