import { useStore } from '../island-kit/use-store';
import { $people, $status, removePerson } from '../../stores/matching';
import type { Person, Role } from '../../lib/matching/types';
import { useMatchingView } from './matching-view';

/** Lists up to this long show their tables open. */
const OPEN_UP_TO = 40;

/** The seniors and juniors on the list, one table each, with a remove button per person. */
export function PeopleList() {
  const view = useMatchingView();
  const { t } = view;
  const people = useStore($people);
  const status = useStore($status);
  const count = (role: Role) => people.filter((person) => person.role === role).length;
  const words = (values: readonly string[], name: (value: string) => string) =>
    values.length > 0 ? values.map(name).join(', ') : '';

  const table = (role: Role) => {
    const rows = people.filter((person) => person.role === role);
    if (rows.length === 0) return null;
    const caption = t(role === 'senior' ? 'matching.seniors' : 'matching.juniors');
    // A long list starts folded: the browser then lays out hundreds of rows only when asked to.
    return (
      <details class="people-list" open={people.length <= OPEN_UP_TO} key={role}>
        <summary>
          {caption} ({rows.length})
        </summary>
        <div class="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table class="people-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matching.nameLabel')}</th>
                <th scope="col">{t('matching.departmentLabel')}</th>
                <th scope="col">{t('matching.managerLabel')}</th>
                <th scope="col">{t('matching.topicsLegend')}</th>
                <th scope="col">{t('matching.availabilityLegend')}</th>
                <th scope="col">{t('matching.siteLabel')}</th>
                <th scope="col">{t('matching.pleaseNotLabel')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('matching.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((person: Person) => (
                <tr key={person.name}>
                  <th scope="row">{person.name}</th>
                  <td>{person.department}</td>
                  <td>{person.manager}</td>
                  <td>{words(person.topics, view.topicName)}</td>
                  <td>{words(person.availability, view.slotName)}</td>
                  <td>{person.site}</td>
                  <td>{person.pleaseNotWith.join('; ')}</td>
                  <td>
                    <button
                      type="button"
                      class="link-button"
                      aria-label={`${t('matching.remove')}: ${person.name}`}
                      onClick={() => removePerson(person.name)}
                    >
                      {t('matching.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    );
  };

  const message =
    status?.kind === 'added'
      ? t('matching.added', { name: status.name })
      : status?.kind === 'removed'
        ? t('matching.removed', { name: status.name })
        : status?.kind === 'deleted'
          ? t('matching.deleted')
          : '';

  return (
    <section class="matching-section" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('matching.peopleHeading', { seniors: count('senior'), juniors: count('junior') })}</h2>
      <p role="status" class="matching-status">
        {message}
      </p>
      {people.length === 0 ? <p>{t('matching.emptyList')}</p> : [table('senior'), table('junior')]}
    </section>
  );
}
