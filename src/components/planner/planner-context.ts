// The planner island's view context: the page's data and t(), made once when the island wakes up,
// for every component below PlannerApp.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PlannerData } from '../../lib/planner/plan-data';
import type { PlannerStrings, PlannerT } from '../../lib/planner/strings';

/** The planner island's props: the page's data and its strings. */
export interface PlannerIslandProps extends PlannerData {
  strings: PlannerStrings;
}

/** What every planner component reads: the page's data and the translate function. */
export interface PlannerView {
  t: PlannerT;
  data: PlannerData;
}

/** The view context; PlannerApp provides it. */
export const PlannerContext = createContext<PlannerView | undefined>(undefined);

/** The planner's view; only inside PlannerApp. */
export function usePlannerView(): PlannerView {
  const view = useContext(PlannerContext);
  if (!view) throw new Error('usePlannerView() needs PlannerApp around it');
  return view;
}

/** The id of each field's control, for the error summary's links. */
export const FIELD_IDS = {
  format: 'planner-format-reverse-pairs',
  units: 'planner-units',
  months: 'planner-months',
  rhythm: 'planner-rhythm',
  weekday: 'planner-weekday',
  day: 'planner-day',
  month: 'planner-month',
  year: 'planner-year',
  time: 'planner-time',
  holidays: 'planner-holidays',
  christmasWeek: 'planner-christmas-week',
} as const;
