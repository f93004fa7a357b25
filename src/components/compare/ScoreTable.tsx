import type { DimensionId } from '../../lib/questionnaire/types';
import { useCompareView } from './compare-context';
import type { ChartSeries } from './ScoreChart';

interface Props {
  series: readonly ChartSeries[];
  /** Extra columns after the people's: the team view and the spread, or the change. */
  extra: readonly { readonly heading: string; readonly values: Readonly<Record<DimensionId, string | number>> }[];
}

/**
 * Above this many people, the printed table heads each person's column with their number from the
 * chart's key instead of their name, so that every column fits the width of an A4 page.
 */
const PRINTED_NAMES = 5;

/** Each condition's score per person as a table; on phones every row becomes a card. */
export function ScoreTable({ series, extra }: Props) {
  const { questionnaire, t, text } = useCompareView();
  return (
    <section class="table-scroll" aria-label={t('compare.tableCaption')} tabIndex={0}>
      <table class={series.length > PRINTED_NAMES ? 'score-table--keyed' : undefined}>
        <caption class="visually-hidden">{t('compare.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.condition')}</th>
            {series.map((person, index) => (
              <th scope="col" key={index}>
                <span class={`dot-key dot--${index + 1} score-table__key`} aria-hidden="true">
                  {index + 1}
                </span>
                <span class="score-table__name">{person.name}</span>
              </th>
            ))}
            {extra.map((column) => (
              <th scope="col" key={column.heading}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {questionnaire.dimensions.map((dimension) => (
            <tr key={dimension.id}>
              <th scope="row">{text(dimension.label)}</th>
              {series.map((person, index) => (
                <td key={index} data-label={person.name}>
                  {person.scores[dimension.id]}
                </td>
              ))}
              {extra.map((column) => (
                <td key={column.heading} data-label={column.heading}>
                  {column.values[dimension.id]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
