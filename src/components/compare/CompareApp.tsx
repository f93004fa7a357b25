import { useStore } from '../island-kit/use-store';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchJson } from '../../lib/fetch-json';
import { LoadFailedNotice } from '../LoadFailedNotice';
import { $mode, $ready, $team, setMode } from '../../stores/compare';
import { connectCompare } from '../../stores/compare-reactions';
import { BeforeAfter } from './BeforeAfter';
import { CompareNotices } from './CompareNotices';
import { TeamComparison } from './TeamComparison';
import type { CompareDataFile, CompareIslandProps, ComparePageData } from '../../lib/compare/page-data';
import { CompareContext, createCompareView } from './compare-context';

/**
 * The compare page's island: it fetches the page's data file (the questionnaire and its strings),
 * then shows the comparison; if the file cannot be fetched, it says so and offers a reload.
 */
export default function CompareApp({ lang, dataUrl, loadFailed }: CompareIslandProps) {
  const [data, setData] = useState<ComparePageData | 'failed' | undefined>(undefined);
  useEffect(() => {
    fetchJson<CompareDataFile>(dataUrl).then(
      (file) => setData({ ...file, lang }),
      () => setData('failed'),
    );
  }, [dataUrl, lang]);
  if (data === 'failed') return <LoadFailedNotice {...loadFailed} />;
  return data ? <Comparison data={data} /> : null;
}

/** Results pasted or opened from a link, side by side or before and after. */
function Comparison({ data }: { data: ComparePageData }) {
  const view = useMemo(() => createCompareView(data), [data]);
  const { questionnaire, t } = view;
  const ready = useStore($ready);
  const mode = useStore($mode);
  const team = useStore($team);

  useEffect(() => connectCompare(questionnaire), [questionnaire]);

  if (!ready) return null;

  return (
    <CompareContext.Provider value={view}>
      <div class="compare">
        <CompareNotices />
        <fieldset class="fieldset compare-mode" data-print="hide">
          <legend class="fieldset__legend label">{t('compare.modeLegend')}</legend>
          <div class="radios radios--inline">
            {(['team', 'change'] as const).map((option) => (
              <div class="radios__item" key={option}>
                <input
                  class="radios__input"
                  id={`mode-${option}`}
                  type="radio"
                  name="mode"
                  value={option}
                  checked={mode === option}
                  onChange={() => setMode(option)}
                />
                <label class="radios__label" for={`mode-${option}`}>
                  {t(option === 'team' ? 'compare.modeTeam' : 'compare.modeChange')}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <h2 id="results-heading" class="compare-results__heading" tabIndex={-1} data-print="hide">
          {t('compare.resultsHeading')}
        </h2>
        {mode === 'team' ? <TeamComparison team={team} /> : <BeforeAfter />}
      </div>
    </CompareContext.Provider>
  );
}
