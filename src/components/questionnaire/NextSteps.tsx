import type { NextStep } from '../../lib/questionnaire/types';
import { IMPROVE_HEADING_ID } from './ImprovementList';
import { PrintedLink } from './PrintedLink';
import { useView } from './questionnaire-context';
import { jumpWithinPage } from './ResultFold';

/** A next step with its guide, template or "what to improve" link. */
function StepWithLinks({ step }: { step: NextStep }) {
  const { t, text, guideHref, readMore, templateHref, templateTitles } = useView();
  const templateTitle = step.template ? templateTitles[step.template] : undefined;
  return (
    <>
      {step.toImprovements ? (
        <a href={`#${IMPROVE_HEADING_ID}`} onClick={jumpWithinPage}>
          {text(step.text)}
        </a>
      ) : (
        text(step.text)
      )}
      {step.link && (
        <>
          {' '}
          <PrintedLink href={guideHref(step.link)}>{readMore(step.link)}</PrintedLink>
        </>
      )}
      {step.template && templateTitle && (
        <>
          {' '}
          <PrintedLink href={templateHref(step.template)}>
            {t('questionnaire.useTemplate', { title: templateTitle })}
          </PrintedLink>
        </>
      )}
    </>
  );
}

/** The next steps, in order, each with where to read or what to use. */
export function NextSteps({ steps }: { steps: readonly NextStep[] }) {
  const { t } = useView();
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading">{t('questionnaire.nextStepsHeading')}</h2>
      <ol class="result__list">
        {steps.map((step, index) => (
          <li key={index}>
            <StepWithLinks step={step} />
          </li>
        ))}
      </ol>
    </section>
  );
}
