// The pilot planner's state and every action on it: atoms and pure actions only, no browser.
// Components read these stores with useStore() and call the actions; the rules live in
// src/lib/planner (checking the fields, reading links, laying out the plan). What the state means
// for the browser (the address, the calendar file, printing) is done by
// src/stores/planner-reactions.ts, which subscribes to these stores.
//
// Lifecycle:
// - openPlanner() gets what the browser knows when the island wakes up: the plan link after the #,
//   a form sent before the island woke up (in the query), anything typed or chosen in the
//   server-rendered form before then, and today's date. Typed input is never lost: it wins over
//   the link, and a sent form is checked at once, as if sent now.
// - updateField() changes one field; a new format brings its own length and rhythm when the chosen
//   ones do not suit it. makePlan() checks every field and shows the plan, or every problem.
// - openLink() reads a plan link followed later (hashchange).

import { atom } from 'nanostores';
import type { PilotHolidays, PilotRhythm } from '../lib/planner/types';
import { buildPlan, type PilotPlan, type SheetMinutes } from '../lib/planner/plan';
import { validatePlanFields, type FieldError, type PlanField, type PlanFields } from '../lib/planner/plan-fields';
import { readPlanLink, type LinkProblem } from '../lib/planner/plan-link';
import { PLANNED_FORMATS, type HolidayChoice, type LocalDate, type PlannedFormat } from '../lib/planner/types';

/** What the planner needs from the page to check fields and build plans. */
export interface PlannerRules {
  rhythm: PilotRhythm;
  holidays: PilotHolidays;
  minutes: SheetMinutes;
  /** The holidays the form starts with. */
  defaultHolidays: HolidayChoice;
}

/** What the browser knows when the planner opens; the reactions module reads it. */
export interface PlannerOpening {
  /** The address's fragment, with or without '#' (untrusted). */
  hash: string;
  /** A form sent before the island woke up, already read from the query (untrusted values). */
  sent?: PlanFields | undefined;
  /** The fields the user changed in the server-rendered form before the island woke up. */
  typed: Partial<PlanFields>;
  today: LocalDate;
}

/** The fields as typed or read from a link. */
export const $fields = atom<PlanFields | undefined>(undefined);

/** The problems of the last check, in the order of the form. */
export const $errors = atom<FieldError[]>([]);

/** What was wrong with the plan link the page opened with. */
export const $linkProblems = atom<LinkProblem[]>([]);

/** The plan on show, once the fields make one. */
export const $plan = atom<PilotPlan | undefined>(undefined);

/** Counts checks that found problems, so the error summary takes focus each time. */
export const $errorAttempt = atom(0);

/** Counts plans made by the user, so the plan's heading takes focus each time. */
export const $planMade = atom(0);

/** Today, as the browser's clock says when the planner opens; for the past-kickoff warning. */
export const $today = atom<LocalDate | undefined>(undefined);

let rules: PlannerRules | undefined;

const isFormat = (value: string): value is PlannedFormat => (PLANNED_FORMATS as readonly string[]).includes(value);

/** Checks the fields: a plan when they make one, else every problem. */
function check(fields: PlanFields): void {
  if (!rules) return;
  const result = validatePlanFields(fields, rules.rhythm);
  if (result.ok) {
    $errors.set([]);
    $plan.set(buildPlan(result.input, rules.rhythm, rules.minutes, rules.holidays));
  } else {
    $errors.set(result.errors);
    $plan.set(undefined);
    $errorAttempt.set($errorAttempt.get() + 1);
  }
}

/** Opens the planner with what the browser knows; see the lifecycle above. */
export function openPlanner(pageRules: PlannerRules, opening: PlannerOpening): void {
  rules = pageRules;
  $today.set(opening.today);
  if (opening.sent) {
    const fields = { ...opening.sent, ...opening.typed };
    $fields.set(fields);
    $linkProblems.set([]);
    check(fields);
    if ($plan.get()) $planMade.set($planMade.get() + 1);
    return;
  }
  openLink(opening.hash);
  if (Object.keys(opening.typed).length > 0) {
    // What was typed before the island woke up wins over the link; the user has not asked for a plan yet.
    $fields.set({ ...($fields.get() as PlanFields), ...opening.typed });
    $plan.set(undefined);
  }
}

/** Reads a plan link: a complete, valid link shows its plan at once; a broken one says why. */
export function openLink(hash: string): void {
  if (!rules) return;
  const read = readPlanLink(hash, rules.rhythm, rules.defaultHolidays);
  const result = validatePlanFields(read.fields, rules.rhythm);
  $fields.set(read.fields);
  $linkProblems.set(read.problems);
  if (result.ok && read.problems.length === 0 && read.complete) {
    $errors.set([]);
    $plan.set(buildPlan(result.input, rules.rhythm, rules.minutes, rules.holidays));
    return;
  }
  // A link that names values but cannot be used shows why at once; a short link from the result just fills in.
  const showErrors = read.problems.length > 0 || (read.complete && !result.ok);
  $errors.set(showErrors && !result.ok ? result.errors : []);
  $plan.set(undefined);
  if (read.problems.length > 0 || $errors.get().length > 0) $errorAttempt.set($errorAttempt.get() + 1);
}

/** Changes one field; a new format brings its own length and rhythm unless the chosen ones suit it too. */
export function updateField(field: PlanField, value: string): void {
  const previous = $fields.get();
  if (!previous || !rules) return;
  const fields = { ...previous, [field]: value };
  if (field === 'format' && isFormat(value)) {
    const next = rules.rhythm.formats[value];
    if (!next.lengths.includes(Number(fields.months))) fields.months = String(next.lengthMonths);
    if (!(next.rhythms as string[]).includes(fields.rhythm)) fields.rhythm = next.rhythm;
  }
  $fields.set(fields);
}

/** Checks the form as the user sent it: the plan, or every problem next to its field. */
export function makePlan(): void {
  const fields = $fields.get();
  if (!fields) return;
  $linkProblems.set([]);
  check(fields);
  if ($plan.get()) $planMade.set($planMade.get() + 1);
}

/** The address of the plan's calendar file (a blob URL the reactions make), once there is a plan. */
export const $calendarUrl = atom<string | undefined>(undefined);
