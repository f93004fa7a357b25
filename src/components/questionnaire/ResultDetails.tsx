import type { Answers, ReadinessAssessment } from '../../lib/questionnaire/types';
import type { QuestionnaireStringKey } from '../../lib/questionnaire-ui/strings';
import { listedTemplates, toolsHintKey } from '../../lib/questionnaire-ui/result-report';
import { AnswersByCondition } from './AnswersByCondition';
import { DecisionList } from './DecisionList';
import { ImprovementList } from './ImprovementList';
import { PilotMeasures } from './PilotMeasures';
import { PilotTools } from './PilotTools';
import { useView } from './questionnaire-context';
import { ResultFold } from './ResultFold';
import { RiskList } from './RiskList';
import { ScoreDetails } from './ScoreDetails';
import { TemplateList } from './TemplateList';

interface Props {
  assessment: ReadinessAssessment;
  /** The answers the result is for. */
  answers: Answers;
}

/**
 * Every detail of the result, each folded under its heading on screen and printed open after the
 * summary: the scores with their lines, how we decide, risks, what to measure and improve,
 * templates, every answer, and the tools for the pilot.
 */
export function ResultDetails({ assessment, answers }: Props) {
  const { questionnaire, t, templateTitles } = useView();
  const { decision, pilot, risks, improvements } = assessment;
  const templates = listedTemplates(assessment.templates, templateTitles);
  // A fold's heading, and a hint that counts what unfolds, e.g. "4 risks".
  const counted = (title: QuestionnaireStringKey, hint: QuestionnaireStringKey, count: number) => ({
    title: t(title),
    hint: t(hint, { count }),
  });
  return (
    <div class="result__details">
      <ResultFold title={t('questionnaire.scoresDetailHeading')} hint={t('questionnaire.scoresDetailHint')}>
        <ScoreDetails assessment={assessment} />
      </ResultFold>
      <ResultFold {...counted('questionnaire.howHeading', 'questionnaire.howHint', questionnaire.rules.length)}>
        <DecisionList decision={decision} />
      </ResultFold>
      <ResultFold {...counted('questionnaire.risksHeading', 'questionnaire.risksHint', risks.length)}>
        <RiskList risks={risks} format={decision.format} />
      </ResultFold>
      {pilot.measure.length > 0 && (
        <ResultFold title={t('questionnaire.pilotMeasure')}>
          <PilotMeasures measure={pilot.measure} />
        </ResultFold>
      )}
      <ResultFold {...counted('questionnaire.improveHeading', 'questionnaire.improveHint', improvements.length)}>
        <ImprovementList improvements={improvements} answers={answers} />
      </ResultFold>
      <ResultFold {...counted('questionnaire.templatesHeading', 'questionnaire.templatesHint', templates.length)}>
        <TemplateList templates={templates} />
      </ResultFold>
      <ResultFold
        {...counted('questionnaire.answersHeading', 'questionnaire.answersHint', questionnaire.questions.length)}
      >
        <AnswersByCondition answers={answers} />
      </ResultFold>
      <ResultFold title={t('questionnaire.toolsHeading')} hint={t(toolsHintKey(decision.format))}>
        <PilotTools assessment={assessment} answers={answers} />
      </ResultFold>
    </div>
  );
}
