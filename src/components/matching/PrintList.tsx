import { useStore } from '../island-kit/use-store';
import { $result } from '../../stores/matching';
import { firstMeeting, startTopic } from './pair-lines';
import { useMatchingView } from './matching-view';
import { localeTag } from '../../lib/language';

/** The A4 list that only paper shows: one line per pair (or group) with where to start and when. */
export function PrintList() {
  const view = useMatchingView();
  const { t } = view;
  const result = useStore($result);
  if (!result) return null;
  const date = new Date().toLocaleDateString(localeTag(view.lang), { dateStyle: 'long' });

  return (
    <div class="print-list">
      <h2>{t(result.format === 'pairs' ? 'matching.printTitle' : 'matching.printGroupsTitle')}</h2>
      <p>{t('matching.printDate', { date })}</p>
      {result.format === 'pairs' ? (
        <table>
          <thead>
            <tr>
              <th>{t('matching.colSenior')}</th>
              <th>{t('matching.colJunior')}</th>
              <th>{t('matching.colTopic')}</th>
              <th>{t('matching.colFirstMeeting')}</th>
            </tr>
          </thead>
          <tbody>
            {result.pairs.pairs.map((pair) => (
              <tr key={pair.senior.name}>
                <td class="print-list__line">{pair.senior.name}</td>
                <td class="print-list__line">{pair.junior.name}</td>
                <td>{startTopic(view, pair)}</td>
                <td class="print-list__line">{firstMeeting(view, pair)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('matching.colGroup')}</th>
              <th>{t('matching.seniors')}</th>
              <th>{t('matching.juniors')}</th>
              <th>{t('matching.colTopic')}</th>
            </tr>
          </thead>
          <tbody>
            {result.groups.groups.map((group, index) => (
              <tr key={index}>
                <td>{index + 1}</td>
                <td>{group.seniors.map((p) => p.name).join(', ')}</td>
                <td>{group.juniors.map((p) => p.name).join(', ')}</td>
                <td>{group.coveredTopics.map(view.topicName).join(', ') || t('matching.chooseTopic')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
