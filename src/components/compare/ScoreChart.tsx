import type { DimensionId } from '../../lib/questionnaire/types';
import { useCompareView } from './compare-context';

/** One person (or before/after) in the chart: a name and a score per condition. */
export interface ChartSeries {
  readonly name: string;
  readonly scores: Readonly<Record<DimensionId, number>>;
}

interface Props {
  series: readonly ChartSeries[];
  /** The team view's scores, drawn as a line; absent for before and after. */
  team?: Readonly<Record<DimensionId, number>>;
}

const WIDTH = 320;
const PAD = 12;
const RADIUS = 9;
const LANE = 2 * RADIUS + 2;
const x = (score: number): number => PAD + ((WIDTH - 2 * PAD) * score) / 100;

/** Gives each dot the first lane free of the dots already drawn close to it, so no number hides another. */
function lanes(scores: readonly number[]): number[] {
  const result: number[] = [];
  scores.forEach((score, index) => {
    const taken = new Set(result.filter((_, other) => Math.abs(x(scores[other] ?? 0) - x(score)) < LANE));
    let lane = 0;
    while (taken.has(lane)) lane++;
    result[index] = lane;
  });
  return result;
}

/**
 * Each condition as a line from 0 to 100 with a numbered dot per person, so the distance between
 * dots shows the disagreement. Every row is an image with its numbers in words; the table below
 * holds the same numbers. SVG attributes, not style attributes, so the strict CSP allows them.
 */
export function ScoreChart({ series, team }: Props) {
  const { questionnaire, t, text } = useCompareView();

  return (
    <figure class="dot-chart">
      <figcaption class="dot-chart__caption">{t('compare.chartCaption')}</figcaption>
      <ul class="dot-chart__key" aria-label={t('compare.chartKey')}>
        {series.map((person, index) => (
          <li key={index}>
            <span class={`dot-key dot--${index + 1}`} aria-hidden="true">
              {index + 1}
            </span>{' '}
            {person.name}
          </li>
        ))}
        {team && (
          <li>
            <span class="dot-key dot-key--team" aria-hidden="true" /> {t('compare.teamView')}
          </li>
        )}
      </ul>
      {questionnaire.dimensions.map((dimension) => {
        const scores = series.map((person) => person.scores[dimension.id]);
        const laneOf = lanes(scores);
        const height = 2 * PAD + LANE * (Math.max(0, ...laneOf) + 1);
        const words = series.map((person, index) => `${person.name} ${scores[index]}`);
        if (team) words.push(`${t('compare.teamView')} ${team[dimension.id]}`);
        const condition = text(dimension.label);
        return (
          <div class="dot-chart__row" key={dimension.id}>
            <p class="dot-chart__label" aria-hidden="true">
              {condition}
            </p>
            <svg
              class="dot-chart__svg"
              viewBox={`0 0 ${WIDTH} ${height}`}
              role="img"
              aria-label={t('compare.chartRow', { condition, scores: words.join(', ') })}
              focusable="false"
            >
              <line class="dot-chart__axis" x1={x(0)} x2={x(100)} y1={PAD + RADIUS} y2={PAD + RADIUS} />
              {team && (
                <line
                  class="dot-chart__team"
                  x1={x(team[dimension.id])}
                  x2={x(team[dimension.id])}
                  y1="0"
                  y2={height}
                />
              )}
              {scores.map((score, index) => {
                const cy = PAD + RADIUS + LANE * (laneOf[index] ?? 0);
                return (
                  <g key={index} class={`dot dot--${index + 1}`}>
                    <circle cx={x(score)} cy={cy} r={RADIUS} />
                    <text x={x(score)} y={cy} dy="0.35em" text-anchor="middle">
                      {index + 1}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
        );
      })}
    </figure>
  );
}
