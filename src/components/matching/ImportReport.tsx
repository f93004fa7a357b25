import { useStore } from '../island-kit/use-store';
import { $importReport } from '../../stores/matching';
import { problemMessage } from '../../lib/matching-ui/explain';
import { MAX_PEOPLE, type ImportProblem } from '../../lib/matching/people';
import { useMatchingView } from './matching-view';

const problemKey = (problem: ImportProblem): string =>
  `${problem.code}-${problem.row}-${problem.column ?? ''}-${problem.value ?? ''}`;

/** What the last import added, how the file was read, and what could not be read. */
export function ImportReport() {
  const view = useMatchingView();
  const { t } = view;
  const report = useStore($importReport);
  const errors = report?.problems.filter((problem) => problem.severity === 'error') ?? [];
  const warnings = report?.problems.filter((problem) => problem.severity === 'warning') ?? [];
  const list = (problems: readonly ImportProblem[]) => (
    <ul class="matching-problems">
      {problems.map((problem) => (
        <li key={problemKey(problem)}>{problemMessage(view, problem, MAX_PEOPLE)}</li>
      ))}
    </ul>
  );
  return (
    <div role="status" class="matching-import__report">
      {report?.refused && <p class="notice notice--problem">{t(`matching.refused.${report.refused}`)}</p>}
      {report && !report.refused && (
        <>
          <p class="matching-import__done">
            {report.added > 0 ? t('matching.importDone', { count: report.added }) : t('matching.problemsNoneAdded')}
          </p>
          {report.encoding === 'windows-1252' && <p class="notice">{t('matching.readAsWindows1252')}</p>}
          {errors.length > 0 && (
            <div class="notice notice--problem">
              <h4 class="notice__title">{t('matching.problemsTitle')}</h4>
              {list(errors)}
            </div>
          )}
          {warnings.length > 0 && (
            <details class="notice">
              <summary>{t('matching.warningsTitle', { count: warnings.length })}</summary>
              {list(warnings)}
            </details>
          )}
        </>
      )}
    </div>
  );
}
