// The pilot planner island: the form, and the dated plan once there is one. The state lives in
// src/stores/planner.ts, its browser effects in src/stores/planner-reactions.ts, the rules and
// words in src/lib/planner; the components only show. The plan's screen (its table, calendar file
// and print) is loaded when there is a plan, so the form is ready sooner.
import { useEffect, useState } from 'preact/hooks';
import type * as PlanScreensModule from './plan-screens';
import { translator } from '../../i18n/island-strings';
import { sheetMinutes } from '../../lib/planner/plan-data';
import { $plan } from '../../stores/planner';
import { captureTypedFields, connectPlanner } from '../../stores/planner-reactions';
import { useStore } from '../island-kit/use-store';
import { LoadFailedNotice } from '../LoadFailedNotice';
import { PlannerContext, type PlannerIslandProps, type PlannerView } from './planner-context';
import { PlannerForm } from './PlannerForm';

type PlanScreens = typeof PlanScreensModule;

/** The pilot planner: form, plan, calendar file, print and link. */
export default function PlannerApp({ strings, ...data }: PlannerIslandProps) {
  // The island's props never change, so the view is made once.
  const [view] = useState<PlannerView>(() => ({ t: translator(strings), data }));
  // What was typed before the island woke up, read before this first render can reset the fields.
  const [typed] = useState(() => (typeof document === 'undefined' ? {} : captureTypedFields()));
  const [screens, setScreens] = useState<PlanScreens | 'failed'>();
  const plan = useStore($plan);
  useEffect(() => connectPlanner({ ...view.data, minutes: sheetMinutes(view.data) }, typed), [view, typed]);
  useEffect(() => {
    if (!plan || screens) return;
    import('./plan-screens')
      .then((loaded) => {
        loaded.connectPlanFile(view.t, view.data);
        setScreens(loaded);
      })
      .catch(() => setScreens('failed'));
  }, [plan, screens, view]);
  const { t } = view;
  return (
    <PlannerContext.Provider value={view}>
      <div class="planner">
        <PlannerForm />
        {plan && screens === 'failed' && (
          <LoadFailedNotice
            title={t('planner.loadFailed.title')}
            message={t('planner.loadFailed.message')}
            reload={t('planner.loadFailed.reload')}
          />
        )}
        {plan && screens && screens !== 'failed' && <screens.PlanView plan={plan} />}
      </div>
    </PlannerContext.Provider>
  );
}
