import type { ReadinessAssessment } from '../../lib/questionnaire/types';
import { resultCaptionKey } from '../../lib/questionnaire-ui/result-report';
import { HEADING_ID, useView } from './questionnaire-context';

interface Props {
  assessment: ReadinessAssessment;
  /** True when the answers came from a share link rather than from this browser. */
  shared: boolean;
}

/** The result's main heading, the format advised under its caption, and its summary. */
export function ResultHeading({ assessment, shared }: Props) {
  const { t, text } = useView();
  const { recommendation } = assessment;
  return (
    <>
      <h1 id={HEADING_ID} tabIndex={-1}>
        <span class="result__caption">
          {t(resultCaptionKey(shared))}
          <span class="visually-hidden">: </span>
        </span>
        <span class="result__title">{text(recommendation.title)}</span>
      </h1>
      <p class="lead result__summary">{text(recommendation.summary)}</p>
    </>
  );
}
