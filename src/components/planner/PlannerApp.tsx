// The pilot planner island: the form, and the dated plan once there is one. The state lives in
// src/stores/planner.ts, its browser effects in src/stores/planner-reactions.ts, the rules and
// words in src/lib/planner; the components only show.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../../i18n/island-strings';
import { sheetMinutes } from '../../lib/planner/plan-text';
import { $plan } from '../../stores/planner';
import { captureTypedFields, connectPlanner } from '../../stores/planner-reactions';
import { useStore } from '../island-kit/use-store';
import { PlannerContext, type PlannerIslandProps, type PlannerView } from './planner-context';
import { PlannerForm } from './PlannerForm';
import { PlanView } from './PlanView';

/** The pilot planner: form, plan, calendar file, print and link. */
export default function PlannerApp({ strings, ...data }: PlannerIslandProps) {
  const view = useMemo<PlannerView>(() => ({ t: translator(strings), data }), []);
  // What was typed before the island woke up, read before this first render can reset the fields.
  const [typed] = useState(() => (typeof document === 'undefined' ? {} : captureTypedFields()));
  useEffect(() => {
    const rules = { ...data, minutes: sheetMinutes(data) };
    connectPlanner(rules, view, typed);
  }, []);
  const plan = useStore($plan);
  return (
    <PlannerContext.Provider value={view}>
      <div class="planner">
        <PlannerForm />
        {plan && <PlanView plan={plan} />}
      </div>
    </PlannerContext.Provider>
  );
}
