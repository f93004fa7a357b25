import type { PilotFormat, ReadinessAssessment } from '../../lib/questionnaire/types';
import { noRisksKey } from '../../lib/questionnaire-ui/result-report';
import { useView } from './questionnaire-context';

interface Props {
  risks: ReadinessAssessment['risks'];
  /** The format advised, which decides what to say when no risk applies. */
  format: PilotFormat;
}

/** The risks the answers show for this format, each with its guide, or a line that says there are none. */
export function RiskList({ risks, format }: Props) {
  const { t, text, guideHref, readMore } = useView();
  return (
    <section aria-labelledby="risks-heading">
      <h2 id="risks-heading">{t('questionnaire.risksHeading')}</h2>
      {risks.length === 0 ? (
        <p>{t(noRisksKey(format))}</p>
      ) : (
        <ul class="result__list">
          {risks.map((risk) => (
            <li key={risk.id}>
              {text(risk.text)}{' '}
              {risk.link && (
                <a href={guideHref(risk.link)} data-print="hide">
                  {readMore(risk.link)}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
