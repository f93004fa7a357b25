import type { PilotPlan } from '../../lib/questionnaire/types';
import { useView } from './questionnaire-context';

/** What to measure during the pilot. */
export function PilotMeasures({ measure }: { measure: PilotPlan['measure'] }) {
  const { t, text } = useView();
  return (
    <section aria-labelledby="measure-heading">
      <h2 id="measure-heading">{t('questionnaire.pilotMeasure')}</h2>
      <ul class="result__list">
        {measure.map((item, index) => (
          <li key={index}>{text(item)}</li>
        ))}
      </ul>
    </section>
  );
}
