import type { ReadinessAssessment } from '../../lib/questionnaire/types';
import { milderReasons } from '../../lib/questionnaire/recommend';
import { printedReasons } from '../../lib/questionnaire-ui/printed-summary';
import { AdviceChanges } from './AdviceChanges';
import { useView } from './questionnaire-context';
import { ReasonList } from './ReasonList';

interface Props {
  assessment: ReadinessAssessment;
}

/** On paper, in place of many milder reasons, how many there are and where to find them. */
function MilderCount({ count }: { count: number }) {
  const { t } = useView();
  return (
    <p class="print-only">
      {t('questionnaire.reasonsAlsoCount', {
        count,
        applies: t('questionnaire.rule.applies'),
        how: t('questionnaire.howHeading'),
      })}
    </p>
  );
}

/** "Why we advise this": every reason, the ones that hold the result at its format first, and what would change it. */
export function ResultReasons({ assessment }: Props) {
  const { t, text, guideHref, readMore } = useView();
  const { decision, recommendation, scores } = assessment;
  const { holding } = decision;
  const milder = milderReasons(decision);
  const printed = printedReasons({ holding: holding.length, milder: milder.length });
  return (
    <>
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{t('questionnaire.whyHeading')}</h2>
        {holding.length === 0 ? (
          <p>{text(assessment.explanation)}</p>
        ) : (
          <ReasonList
            heading={t('questionnaire.reasonsHolding')}
            findings={holding}
            scores={scores}
            listClass={printed.explainsHolding ? 'reasons' : 'reasons reasons--brief'}
          />
        )}
        {milder.length > 0 && (
          <>
            <ReasonList
              heading={t('questionnaire.reasonsAlso')}
              findings={milder}
              scores={scores}
              listClass={printed.namesMilder ? 'reasons reasons--also' : 'reasons reasons--also reasons--counted'}
            />
            {!printed.namesMilder && <MilderCount count={milder.length} />}
          </>
        )}
        <p data-print="hide">
          <a href={guideHref(recommendation.link)}>{readMore(recommendation.link)}</a>
        </p>
      </section>
      <AdviceChanges assessment={assessment} printed={printed.printsChange} />
    </>
  );
}
