import { MAX_LABEL_LENGTH, type ComparedResult } from '../../lib/compare/comparison-link';
import { removeResult, setLabel } from '../../stores/compare';
import { useCompareView } from './compare-context';

interface RowProps {
  result: ComparedResult;
  /** The result's position (0-based): in the team, or 0 for before and 1 for after. */
  index: number;
  /** The name when no label is typed and the answers hold no role, e.g. "Before". */
  fallback?: string | undefined;
}

/** Removes a result; its button goes with it, so focus moves to the heading of the results. */
function remove(index: number): void {
  removeResult(index);
  document.getElementById('results-heading')?.focus();
}

/** One result: its number, its label to edit, and a button to remove it. */
export function ResultRow({ result, index, fallback }: RowProps) {
  const { t, nameOf } = useCompareView();
  return (
    <div class="result-list__item">
      <span class={`dot-key dot--${index + 1}`} aria-hidden="true">
        {index + 1}
      </span>
      <label class="visually-hidden" for={`label-${index}`}>
        {t('compare.editLabel', { number: index + 1 })}
      </label>
      <input
        class="input input--label"
        id={`label-${index}`}
        type="text"
        autoComplete="off"
        maxLength={MAX_LABEL_LENGTH}
        placeholder={nameOf({ answers: result.answers, label: '' }, index, fallback)}
        value={result.label}
        onInput={(event) => setLabel(index, event.currentTarget.value)}
      />
      <button type="button" class="button button--secondary" onClick={() => remove(index)}>
        {t('compare.remove')}
        <span class="visually-hidden"> {t('compare.removeHidden', { number: index + 1 })}</span>
      </button>
    </div>
  );
}

/** The team's results, each with its label to edit and a button to remove it; named by the results' heading. */
export function ResultList({ results }: { results: readonly ComparedResult[] }) {
  return (
    <ol class="result-list" aria-labelledby="results-heading" data-print="hide">
      {results.map((result, index) => (
        <li key={result.code}>
          <ResultRow result={result} index={index} />
        </li>
      ))}
    </ol>
  );
}
