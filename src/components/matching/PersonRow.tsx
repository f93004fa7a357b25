import { useStore } from '../island-kit/use-store';
import { $setAside, editPerson, isSetAside, removePerson, setAside } from '../../stores/matching';
import type { Person } from '../../lib/matching/types';
import { useMatchingView } from './matching-view';

/** One person on the list: every value with its column's name (shown on a phone), and the actions. */
export function PersonRow({ person, labels }: { person: Person; labels: readonly string[] }) {
  const view = useMatchingView();
  const { t } = view;
  const aside = isSetAside(useStore($setAside), person.name);
  const values = [
    person.department,
    person.manager,
    person.topics.map(view.topicName).join(', '),
    person.availability.map(view.slotName).join(', '),
    person.site,
    person.pleaseNotWith.join('; '),
  ];
  const action = (label: string, run: () => void) => (
    <button type="button" class="link-button" aria-label={`${label}: ${person.name}`} onClick={run}>
      {label}
    </button>
  );
  return (
    <tr class={aside ? 'people-table__aside' : undefined}>
      <th scope="row">
        {person.name}
        {aside && <span class="tag">{t('matching.setAsideTag')}</span>}
      </th>
      {values.map((value, index) => (
        <td key={labels[index + 1]} data-label={labels[index + 1]}>
          {value}
        </td>
      ))}
      <td class="people-table__actions">
        {action(t('matching.edit'), () => editPerson(person.name))}
        {action(t(aside ? 'matching.bringBack' : 'matching.setAside'), () => setAside(person.name, !aside))}
        {action(t('matching.remove'), () => removePerson(person.name))}
      </td>
    </tr>
  );
}
