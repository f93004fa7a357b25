import type { DimensionScores } from '../../lib/questionnaire/types';
import { useView } from './questionnaire-context';

interface Props {
  scores: DimensionScores;
}

/** The six scores in one compact strip, each with its level: the summary's look at "How ready you are". */
export function ScoreStrip({ scores }: Props) {
  const { questionnaire, t, text } = useView();
  return (
    <ul class="score-strip" aria-label={t('questionnaire.scoresCaption')}>
      {questionnaire.dimensions.map((dimension) => {
        const { score, band } = scores[dimension.id];
        return (
          <li key={dimension.id} class={`score-strip__item score-strip__item--${band}`}>
            <span class="score-strip__label">{text(dimension.label)}</span>
            <span class="score-strip__reading">
              <span class="score-strip__score">{score}</span>{' '}
              <span class={`band band--${band}`}>{t(`questionnaire.band.${band}`)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
