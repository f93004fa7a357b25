import { useStore } from '../island-kit/use-store';
import { $result } from '../../stores/matching';
import { explainGroup, explainPair, explainUngrouped, explainUnmatched } from '../../lib/matching-ui/explain';
import type { GroupingResult } from '../../lib/matching/groups';
import type { PairingResult } from '../../lib/matching/match';
import type { Person } from '../../lib/matching/types';
import { localeTag } from '../../lib/language';
import { firstMeeting } from './pair-lines';
import { useMatchingView, type MatchingView } from './matching-view';

/** Everyone left out, each with their reasons. */
function PrintLeftOut({
  heading,
  people,
}: {
  heading: string;
  people: readonly { person: Person; reasons: string[] }[];
}) {
  const { t } = useMatchingView();
  if (people.length === 0) return null;
  return (
    <section class="print-list__left-out">
      <h3>{heading}</h3>
      <ul>
        {people.map(({ person, reasons }) => (
          <li key={person.name}>
            <strong>
              {person.name} ({t(person.role === 'senior' ? 'matching.colSenior' : 'matching.colJunior')})
            </strong>{' '}
            {reasons.join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The pairs: one line each with the names and the first meeting, their reasons in full below it; then the unmatched. */
function PrintPairs({ view, result }: { view: MatchingView; result: PairingResult }) {
  const { t } = view;
  return (
    <>
      <table class="print-list__pairs">
        <thead>
          <tr>
            <th>{t('matching.colSenior')}</th>
            <th>{t('matching.colJunior')}</th>
            <th>{t('matching.colFirstMeeting')}</th>
          </tr>
        </thead>
        {result.pairs.map((pair) => (
          <tbody key={pair.senior.name}>
            <tr>
              <td class="print-list__line">{pair.senior.name}</td>
              <td class="print-list__line">{pair.junior.name}</td>
              <td class="print-list__line">{firstMeeting(view, pair)}</td>
            </tr>
            <tr>
              <td class="print-list__reasons" colSpan={3}>
                {explainPair(view, pair).join(' ')}
              </td>
            </tr>
          </tbody>
        ))}
      </table>
      <PrintLeftOut
        heading={t('matching.printUnmatched')}
        people={result.unmatched.map((item) => ({ person: item.person, reasons: explainUnmatched(view, item) }))}
      />
    </>
  );
}

/** The groups with what they cover, then those in no group. */
function PrintGroups({ view, result }: { view: MatchingView; result: GroupingResult }) {
  const { t } = view;
  const names = (people: readonly Person[]) => people.map((person) => person.name).join(', ');
  return (
    <>
      <table>
        <thead>
          <tr>
            <th>{t('matching.colGroup')}</th>
            <th>{t('matching.seniors')}</th>
            <th>{t('matching.juniors')}</th>
            <th>{t('matching.colReasons')}</th>
          </tr>
        </thead>
        <tbody>
          {result.groups.map((group, index) => (
            <tr key={names(group.seniors)}>
              <td>{index + 1}</td>
              <td>{names(group.seniors)}</td>
              <td>{names(group.juniors)}</td>
              <td>{explainGroup(view, group).slice(2).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PrintLeftOut
        heading={t('matching.printUngrouped')}
        people={result.ungrouped.map((item) => ({ person: item.person, reasons: explainUngrouped(view, item) }))}
      />
    </>
  );
}

/** The A4 list that only paper shows: each pair (or group) with its reasons, then everyone left out and why. */
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
        <PrintPairs view={view} result={result.pairs} />
      ) : (
        <PrintGroups view={view} result={result.groups} />
      )}
    </div>
  );
}
