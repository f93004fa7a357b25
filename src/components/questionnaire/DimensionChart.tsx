import type { DimensionScores } from '../../lib/questionnaire/types';
import { decidingLines } from '../../lib/questionnaire-ui/rule-words';
import { useView } from './questionnaire-context';

interface Props {
  scores: DimensionScores;
}

/** The dimension scores as a table: each row the number and level to read, a bar to see, and the lines a format needs. */
export function DimensionChart({ scores }: Props) {
  const { questionnaire, t, text } = useView();
  const { developing, strong } = questionnaire.bands;

  return (
    <table class="score-table">
      <caption class="visually-hidden">{t('questionnaire.scoresCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('questionnaire.scoresCondition')}</th>
          <th scope="col">{t('questionnaire.scoresScore')}</th>
        </tr>
      </thead>
      <tbody>
        {questionnaire.dimensions.map((dimension) => {
          const { score, band } = scores[dimension.id];
          const lines = decidingLines(questionnaire, dimension.id);
          return (
            <tr key={dimension.id}>
              <th scope="row">{text(dimension.label)}</th>
              <td class="score-table__score">
                <span class="score-table__reading">
                  <span class="score-table__number">{score}</span>{' '}
                  <span class={`band band--${band}`}>{t(`questionnaire.band.${band}`)}</span>
                </span>
                {/* SVG attributes, not style attributes, so the Content-Security-Policy allows them. */}
                <svg
                  class="score-bar"
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect class="score-bar__track" width="100" height="10" />
                  <rect class={`score-bar__fill score-bar__fill--${band}`} width={score} height="10" />
                  <line class="score-bar__mark" x1={developing} x2={developing} y1="0" y2="10" />
                  <line class="score-bar__mark" x1={strong} x2={strong} y1="0" y2="10" />
                  {lines.map(({ threshold }) => (
                    <line key={threshold} class="score-bar__line" x1={threshold} x2={threshold} y1="0" y2="10" />
                  ))}
                </svg>
                {lines.length > 0 && (
                  <span class="score-table__lines">
                    {lines
                      .map(({ threshold, caps }) =>
                        t(
                          caps === 'foundations'
                            ? 'questionnaire.line.foundations'
                            : 'questionnaire.line.reverse-groups',
                          {
                            threshold,
                          },
                        ),
                      )
                      .join(' · ')}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
