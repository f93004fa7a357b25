// On a kit page opened from the planner or the result, the address holds the plan after the #: this
// adds a column with the copies for that plan's size, length and rhythm (the format's own when the
// link names only the format and the size). A missing or broken plan link
// leaves the page as it is, with copies for the whole pilot and for each pair or group.
import type { PilotRhythm } from '../schemas/pilot-rhythm';
import { copiesFor, kitCopies } from '../lib/planner/kit';
import { readPlanLink } from '../lib/planner/plan-link';
import { validatePlanFields } from '../lib/planner/plan-fields';
import type { PlannedFormat } from '../lib/planner/types';

interface KitData {
  format: PlannedFormat;
  rhythm: PilotRhythm;
  one: string;
  many: string;
}

function showPlanCopies(): void {
  const source = document.getElementById('kit-data')?.textContent;
  const size = document.querySelector<HTMLElement>('[data-kit-size]');
  if (!source || !size) return;
  const data = JSON.parse(source) as KitData;
  const read = readPlanLink(window.location.hash, data.rhythm);
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
  if (!usable || !result.ok) return;
  const { units } = result.input;
  const words = units === 1 ? data.one : data.many;
  size.textContent = (size.dataset.template ?? '').replace('{count}', String(units)).replace('{units}', words);
  const header = document.querySelector<HTMLElement>('th[data-kit-total]');
  if (header)
    header.textContent = (header.dataset.template ?? '').replace('{count}', String(units)).replace('{units}', words);
  for (const row of kitCopies(data.format, data.rhythm, result.input)) {
    const cell = document.querySelector<HTMLElement>(`[data-kit-row="${row.sheet}"] td[data-kit-total]`);
    if (cell) cell.textContent = String(copiesFor(row, units));
  }
}

showPlanCopies();
window.addEventListener('hashchange', showPlanCopies);
