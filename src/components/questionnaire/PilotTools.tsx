import type { Answers, ReadinessAssessment } from '../../lib/questionnaire/types';
import { encodeShareCode } from '../../lib/questionnaire/share-code';
import { localizedPath } from '../../lib/paths';
import { useView } from './questionnaire-context';

interface Props {
  assessment: ReadinessAssessment;
  answers: Answers;
}

/**
 * What comes after the result: plan the pilot with dates, print the kit for this format, match the
 * pairs, and compare with colleagues or with an earlier result. Every link carries what the next
 * page needs in its fragment, which never reaches a server.
 */
export function PilotTools({ assessment, answers }: Props) {
  const { questionnaire, lang, base, t } = useView();
  const format = assessment.decision.format;
  const href = (path: string) => localizedPath(base, lang, path);
  const size = format === 'reverse-groups' ? `groups=${assessment.pilot.groups}` : `pairs=${assessment.pilot.pairs}`;
  const code = encodeShareCode(questionnaire, answers);
  const reverse = format === 'reverse-pairs' || format === 'reverse-groups';

  return (
    <section aria-labelledby="tools-heading" data-print="hide">
      <h2 id="tools-heading">{t('questionnaire.toolsHeading')}</h2>
      <ul class="result__list">
        {format !== 'foundations' && (
          <>
            <li>
              <a href={`${href('planner/')}#format=${format}&${size}`}>{t('questionnaire.toolPlan')}</a>
            </li>
            <li>
              <a href={`${href(`templates/kit/${format}/`)}#format=${format}&${size}`}>{t('questionnaire.toolKit')}</a>
            </li>
          </>
        )}
        {/* The foundations kit's sheets are written for reverse mentoring. */}
        {format === 'foundations' && assessment.decision.programme === 'reverse' && (
          <li>
            <a href={href('templates/kit/foundations/')}>{t('questionnaire.toolFoundationsKit')}</a>
          </li>
        )}
        {reverse && (
          <li>
            <a href={href('matching/')}>{t('questionnaire.toolMatch')}</a>
          </li>
        )}
        <li>
          <a href={`${href('questionnaire/compare/')}#team=${code}`}>{t('questionnaire.toolTeam')}</a>
        </li>
        <li>
          <a href={`${href('questionnaire/compare/')}#change=.${code}`}>{t('questionnaire.toolEarlier')}</a>
        </li>
      </ul>
    </section>
  );
}
