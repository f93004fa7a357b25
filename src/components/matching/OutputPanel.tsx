import { useStore } from '../island-kit/use-store';
import { $people, $result } from '../../stores/matching';
import { exportPairs } from '../../lib/matching/pair-list';
import { exportPeople } from '../../lib/matching/people';
import { downloadText, printList } from '../../stores/matching-reactions';
import { firstMeeting } from './pair-lines';
import { useMatchingView } from './matching-view';

/** Print the pair (or group) list, and download the pairs and the list as CSV files. */
export function OutputPanel() {
  const view = useMatchingView();
  const { t } = view;
  const result = useStore($result);
  const people = useStore($people);
  if (people.length === 0) return null;

  const downloadPairs = (): void => {
    if (result?.format !== 'pairs') return;
    const csv = exportPairs(result.pairs.pairs, {
      header: [
        t('matching.colSenior'),
        t('matching.colJunior'),
        t('matching.colTopic'),
        t('matching.colFirstMeeting'),
        t('matching.colLocked'),
      ],
      topicName: view.topicName,
      firstMeeting: (pair) => firstMeeting(view, pair),
      yes: t('matching.yes'),
      no: t('matching.no'),
    });
    downloadText(t('matching.pairsFile'), csv);
  };

  return (
    <section class="matching-section" aria-labelledby="output-heading" data-print="hide">
      <h2 id="output-heading">{t('matching.outputHeading')}</h2>
      <div class="button-group">
        <button type="button" class="button" onClick={printList}>
          {t(result?.format === 'groups' ? 'matching.printGroups' : 'matching.printPairs')}
        </button>
        {result?.format === 'pairs' && (
          <button type="button" class="button button--secondary" onClick={downloadPairs}>
            {t('matching.exportPairs')}
          </button>
        )}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => downloadText(t('matching.peopleFile'), exportPeople(view.catalogue, people, view.lang))}
        >
          {t('matching.exportPeople')}
        </button>
      </div>
    </section>
  );
}
