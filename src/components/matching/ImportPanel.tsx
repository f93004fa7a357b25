import { useState } from 'preact/hooks';
import { useStore } from '../island-kit/use-store';
import { $importReport, importText } from '../../stores/matching';
import { problemMessage } from '../../lib/matching-ui/explain';
import { MAX_PEOPLE, type ImportProblem } from '../../lib/matching/people';
import { useMatchingView } from './matching-view';

interface Props {
  /** The example file's address and how many seniors and juniors it holds. */
  example: { href: string; seniors: number; juniors: number };
  /** The empty template's address. */
  templateHref: string;
}

const problemKey = (problem: ImportProblem): string =>
  `${problem.code}-${problem.row}-${problem.column ?? ''}-${problem.value ?? ''}`;

/** Import from a CSV file or a pasted range, the downloadable example and template, and what the import found. */
export function ImportPanel({ example, templateHref }: Props) {
  const view = useMatchingView();
  const { t } = view;
  const report = useStore($importReport);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState(false);
  const errors = report?.problems.filter((problem) => problem.severity === 'error') ?? [];
  const warnings = report?.problems.filter((problem) => problem.severity === 'warning') ?? [];
  const columns = view.catalogue.columns.map((column) => column[view.lang]).join(', ');

  const readFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    importText(await file.text());
    input.value = '';
  };
  const readPasted = (): void => {
    if (pasted.trim() === '') {
      setPasteError(true);
      return;
    }
    setPasteError(false);
    importText(pasted);
    setPasted('');
  };

  return (
    <div class="matching-import">
      <h3>{t('matching.importHeading')}</h3>
      <p class="hint" id="import-hint">
        {t('matching.importHint', { columns })}
      </p>
      <ul class="matching-downloads">
        <li>
          <a href={example.href} download>
            {t('matching.downloadExample', { seniors: example.seniors, juniors: example.juniors })}
          </a>
        </li>
        <li>
          <a href={templateHref} download>
            {t('matching.downloadTemplate')}
          </a>
        </li>
      </ul>
      <div class="field">
        <label class="label" for="import-file">
          {t('matching.fileLabel')}
        </label>
        <input
          id="import-file"
          class="file-input"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          aria-describedby="import-hint"
          onChange={readFile}
        />
      </div>
      <div class={pasteError ? 'field field--error' : 'field'}>
        <label class="label" for="import-paste">
          {t('matching.pasteLabel')}
        </label>
        {pasteError && (
          <p class="error-message" id="import-paste-error">
            {t('matching.pasteEmpty')}
          </p>
        )}
        <textarea
          id="import-paste"
          class="textarea"
          rows={4}
          value={pasted}
          aria-describedby={pasteError ? 'import-paste-error' : undefined}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
        <button type="button" class="button button--secondary" onClick={readPasted}>
          {t('matching.pasteButton')}
        </button>
      </div>
      <div role="status" class="matching-import__report">
        {report && (
          <>
            <p class="matching-import__done">
              {report.added > 0 ? t('matching.importDone', { count: report.added }) : t('matching.problemsNoneAdded')}
            </p>
            {errors.length > 0 && (
              <div class="notice notice--problem">
                <h4 class="notice__title">{t('matching.problemsTitle')}</h4>
                <ul class="matching-problems">
                  {errors.map((problem) => (
                    <li key={problemKey(problem)}>{problemMessage(view, problem, MAX_PEOPLE)}</li>
                  ))}
                </ul>
              </div>
            )}
            {warnings.length > 0 && (
              <details class="notice">
                <summary>{t('matching.warningsTitle', { count: warnings.length })}</summary>
                <ul class="matching-problems">
                  {warnings.map((problem) => (
                    <li key={problemKey(problem)}>{problemMessage(view, problem, MAX_PEOPLE)}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
    </div>
  );
}
