import type { RecommendationDecision } from '../../lib/questionnaire/types';
import { ruleCondition, ruleEffect } from '../../lib/questionnaire-ui/rule-words';
import { localizedPath } from '../../lib/paths';
import { useView } from './questionnaire-context';

interface Props {
  decision: RecommendationDecision;
}

/** "How we decide": the whole decision list, read top to bottom, with the lines that apply to these answers marked. */
export function DecisionList({ decision }: Props) {
  const view = useView();
  const { questionnaire, t, base, lang } = view;
  const applied = new Set([decision.rule, ...decision.reasons.map((finding) => finding.rule.id)]);

  return (
    <section aria-labelledby="how-heading" class="result__long">
      <h2 id="how-heading">{t('questionnaire.howHeading')}</h2>
      <p>{t('questionnaire.howIntro')}</p>
      <ol class="decision-list">
        {questionnaire.rules.map((rule) => {
          const applies = applied.has(rule.id);
          return (
            <li
              key={rule.id}
              class={applies ? 'decision-list__line decision-list__line--applies' : 'decision-list__line'}
            >
              {applies && (
                <>
                  <strong class="band band--strong decision-list__tag">{t('questionnaire.rule.applies')}</strong>
                  <span class="visually-hidden">: </span>
                </>
              )}
              {ruleCondition(view, rule)} → {ruleEffect(view, rule)}
            </li>
          );
        })}
      </ol>
      <p data-print="hide">
        <a href={localizedPath(base, lang, 'questionnaire/method/')}>{t('questionnaire.howMethod')}</a>
      </p>
    </section>
  );
}
