// What the plan on show means for the browser, loaded with the plan's screen
// (src/components/planner/plan-screens.ts): its calendar file, as a blob URL in $calendarUrl (the
// old one revoked when the plan changes), and printing.
import { planToIcs } from '../lib/planner/ics';
import { encodePlanLink } from '../lib/planner/plan-link';
import type { PlannerData } from '../lib/planner/plan-data';
import { icsTexts } from '../lib/planner/plan-text';
import type { PlannerT } from '../lib/planner/strings';
import { $calendarUrl, $plan } from './planner';

let connected = false;

/** Keeps $calendarUrl on the calendar file of the plan on show; connects once. */
export function connectPlanFile(t: PlannerT, data: PlannerData): void {
  if (connected) return;
  connected = true;
  $plan.subscribe((plan) => {
    const old = $calendarUrl.get();
    if (old) URL.revokeObjectURL(old);
    if (!plan) {
      $calendarUrl.set(undefined);
      return;
    }
    const fragment = encodePlanLink(plan.input, data.rhythm.formats[plan.input.format].unit);
    const address = `${data.origin}${window.location.pathname}#${fragment}`;
    const ics = planToIcs(plan, icsTexts(t, data, plan, address), {
      uidDomain: new URL(data.origin || 'https://mentorfit.org').host,
      now: new Date(),
    });
    $calendarUrl.set(URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })));
  });
}

/** Prints the page, which prints only the plan. */
export function printPlan(): void {
  window.print();
}
