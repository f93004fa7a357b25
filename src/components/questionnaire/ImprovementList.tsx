import type { Answers, Improvement } from '../../lib/questionnaire/types';
import { chosenOption } from '../../lib/questionnaire/answers';
import { useView } from './questionnaire-context';

interface Props {
  improvements: readonly Improvement[];
  answers: Answers;
}

/** How many improvements lead the list; the rest fold away. */
const LEADING = 3;

/** The id of the "What to improve" heading, which next steps link to. */
export const IMPROVE_HEADING_ID = 'improve-heading';

/** "What to improve": the three answers that matter most for this format, the rest folded. */
export function ImprovementList({ improvements, answers }: Props) {
  const { questionnaire, t, text, guideHref, readMore } = useView();
  const dimensionLabel = new Map(questionnaire.dimensions.map((d) => [d.id, text(d.label)]));
  const questionById = new Map(questionnaire.questions.map((q) => [q.id, q]));

  const item = (improvement: Improvement) => {
    const question = questionById.get(improvement.questionId);
    const option = question ? chosenOption(question, answers) : undefined;
    return (
      <li class="improvements__item" key={improvement.questionId}>
        <h3>{question ? text(question.prompt) : improvement.questionId}</h3>
        <p class="meta">
          {t('questionnaire.improveCondition', { condition: dimensionLabel.get(improvement.dimension) ?? '' })}
          {option && (
            <>
              <br />
              {t('questionnaire.improveYouAnswered', { answer: text(option.label) })}
            </>
          )}
        </p>
        <p>{text(improvement.text)}</p>
        <p data-print="hide">
          <a href={guideHref(improvement.link)}>{readMore(improvement.link)}</a>
        </p>
      </li>
    );
  };
  const rest = improvements.slice(LEADING);

  return (
    <section class="result__long" aria-labelledby={IMPROVE_HEADING_ID}>
      <h2 id={IMPROVE_HEADING_ID} tabIndex={-1}>
        {t('questionnaire.improveHeading')}
      </h2>
      {improvements.length === 0 ? (
        <p>{t('questionnaire.improveNone')}</p>
      ) : (
        <>
          <p>{t('questionnaire.improveTop')}</p>
          <ul class="improvements">{improvements.slice(0, LEADING).map(item)}</ul>
          {rest.length > 0 && (
            <details class="improvements__more">
              <summary>{t('questionnaire.improveMore', { count: rest.length })}</summary>
              <ul class="improvements">{rest.map(item)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
