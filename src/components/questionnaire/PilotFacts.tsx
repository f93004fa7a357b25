import type { PilotPlan } from '../../lib/questionnaire/types';
import { pilotLengthKey } from '../../lib/questionnaire-ui/result-report';
import { useView } from './questionnaire-context';

/** The pilot in three facts: how long it runs, how often they meet, and how many take part. */
export function PilotFacts({ pilot }: { pilot: PilotPlan }) {
  const { t, text } = useView();
  return (
    <section class="result__pilot" aria-labelledby="pilot-heading">
      <h2 id="pilot-heading">{t('questionnaire.pilotHeading')}</h2>
      <dl class="facts">
        <div class="facts__row">
          <dt>{t('questionnaire.pilotLength')}</dt>
          <dd>{t(pilotLengthKey(pilot.lengthMonths), { months: pilot.lengthMonths })}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('questionnaire.pilotRhythm')}</dt>
          <dd>{text(pilot.rhythm)}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('questionnaire.pilotSize')}</dt>
          <dd>{text(pilot.size)}</dd>
        </div>
      </dl>
    </section>
  );
}
