// What the planner's state means for the browser, kept apart from the state itself
// (src/stores/planner.ts holds atoms and pure actions). connectPlanner() runs once, after the island
// has woken up: it opens the store with what the browser knows, and from then on reacts to it:
//
//   $plan  -> the plan's link in the address (#format=…), replacing a query left by a form sent early
//
// and to the browser: a plan link followed later (hashchange) opens that plan. The calendar file and
// printing load with the plan's screen: src/stores/planner-plan-reactions.ts.
// captureTypedFields() reads what was typed into the server-rendered form before the island woke
// up; it must run before the island's first render, which may reset the fields.
import { encodePlanLink, readSentForm } from '../lib/planner/plan-link';
import type { PlanFields } from '../lib/planner/plan-fields';
import { $plan, openLink, openPlanner, type PlannerRules } from './planner';

/** The id of the planner's form, also in the server-rendered page. */
export const PLANNER_FORM_ID = 'planner-form';

/** The fields the user changed in the form before the island woke up: values that differ from the page's. */
export function captureTypedFields(): Partial<PlanFields> {
  const form = document.getElementById(PLANNER_FORM_ID);
  const typed: Record<string, string> = {};
  if (!(form instanceof HTMLFormElement)) return typed;
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
      if (element.checked !== element.defaultChecked && (element.checked || element.type === 'checkbox'))
        typed[element.name] = element.checked ? element.value : '';
    } else if (element instanceof HTMLInputElement && element.value !== element.defaultValue) {
      typed[element.name] = element.value;
    } else if (element instanceof HTMLSelectElement && !element.selectedOptions[0]?.defaultSelected) {
      typed[element.name] = element.value;
    }
  }
  return typed;
}

/** Today on the browser's clock, as a calendar date. */
function today(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Opens the planner and connects its reactions; see the header. */
export function connectPlanner(rules: PlannerRules, typed: Partial<PlanFields>): void {
  const sent = readSentForm(window.location.search, rules.rhythm, rules.defaultHolidays);
  openPlanner(rules, { hash: window.location.hash, sent, typed, today: today() });
  $plan.subscribe((plan) => {
    if (!plan) return;
    const fragment = encodePlanLink(plan.input, rules.rhythm.formats[plan.input.format].unit);
    // The plan's link replaces the address, and with it a query left by a form sent before the island woke up.
    window.history.replaceState(null, '', `${window.location.pathname}#${fragment}`);
  });
  window.addEventListener('hashchange', () => openLink(window.location.hash));
}
