import type { AdviceChange, ReadinessAssessment } from '../../lib/questionnaire/types';
import { changeWords, formatTitle } from '../../lib/questionnaire-ui/rule-words';
import { noChangeKey } from '../../lib/questionnaire-ui/result-report';
import { useView } from './questionnaire-context';

interface Props {
  assessment: ReadinessAssessment;
  /** False when the board page is full: the change is then on screen only. */
  printed: boolean;
}

/** A more ambitious format and every answer it takes. */
function ChangeToFormat({ change }: { change: AdviceChange }) {
  const view = useView();
  const { t } = view;
  return (
    <div class="change">
      {/* On paper one line each, so the board summary keeps its page; the screen lists every answer. */}
      <p class="print-only">
        {t('questionnaire.changePrinted', { count: change.answers.length, format: formatTitle(view, change.format) })}
      </p>
      <div data-print="hide">
        <p>{t('questionnaire.changeTo', { format: formatTitle(view, change.format) })}</p>
        <ul class="result__list change-list">
          {change.answers.map((answer) => (
            <li key={answer.questionId}>{changeWords(view, answer)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** "What would change the advice": the answers each more ambitious format takes, or why none would. */
export function AdviceChanges({ assessment, printed }: Props) {
  const { questionnaire, t } = useView();
  const { changes, decision } = assessment;
  return (
    <section aria-labelledby="change-heading" data-print={printed ? undefined : 'hide'}>
      <h2 id="change-heading">{t('questionnaire.changeHeading')}</h2>
      {changes.length > 0 ? (
        changes.map((change) => <ChangeToFormat key={change.format} change={change} />)
      ) : (
        <p>{t(noChangeKey(questionnaire.rules, decision))}</p>
      )}
    </section>
  );
}
