import { useStore } from '../island-kit/use-store';
import { $editing, $people, $setAside, isSetAside } from '../../stores/matching';
import { nameKey } from '../../lib/matching/names';
import type { Person, Role } from '../../lib/matching/types';
import { ListStatus } from './ListStatus';
import { PersonForm } from './PersonForm';
import { PersonRow } from './PersonRow';
import { useMatchingView } from './matching-view';

/** Lists up to this long show their tables open. */
const OPEN_UP_TO = 40;

/** The columns of the list, in order; each cell repeats its column's name for the phone layout. */
const PEOPLE_COLUMNS = 8;

/** One side of the list as a table; the person being changed gets the form in their row. */
function PeopleTable({ role, rows, open }: { role: Role; rows: readonly Person[]; open: boolean }) {
  const { t } = useMatchingView();
  const editing = useStore($editing);
  const caption = t(role === 'senior' ? 'matching.seniors' : 'matching.juniors');
  const headings = [
    t('matching.nameLabel'),
    t('matching.departmentLabel'),
    t('matching.managerLabel'),
    t('matching.topicsLegend'),
    t('matching.availabilityLegend'),
    t('matching.siteLabel'),
    t('matching.pleaseNotLabel'),
  ];
  // A long list starts folded: the browser then lays out hundreds of rows only when asked to.
  return (
    <details class="people-list" open={open}>
      <summary>
        {caption} ({rows.length})
      </summary>
      <div class="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table class="people-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {headings.map((heading) => (
                <th scope="col" key={heading}>
                  {heading}
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">{t('matching.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((person) =>
              editing !== undefined && nameKey(editing) === nameKey(person.name) ? (
                <tr key={person.name} class="people-table__editing">
                  <td colSpan={PEOPLE_COLUMNS}>
                    <PersonForm editing={person} />
                  </td>
                </tr>
              ) : (
                <PersonRow key={person.name} person={person} labels={headings} />
              ),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The seniors and juniors on the list, one table each, with what can be done to each person. */
export function PeopleList() {
  const { t } = useMatchingView();
  const people = useStore($people);
  const aside = useStore($setAside);
  const side = (role: Role) => people.filter((person) => person.role === role);
  const matched = (role: Role) => side(role).filter((person) => !isSetAside(aside, person.name)).length;
  return (
    <section class="matching-section" aria-labelledby="people-heading">
      <h2 id="people-heading">
        {t('matching.peopleHeading', { seniors: matched('senior'), juniors: matched('junior') })}
      </h2>
      <ListStatus />
      {people.length === 0 ? (
        <p>{t('matching.emptyList')}</p>
      ) : (
        (['senior', 'junior'] as const).map(
          (role) =>
            side(role).length > 0 && (
              <PeopleTable key={role} role={role} rows={side(role)} open={people.length <= OPEN_UP_TO} />
            ),
        )
      )}
    </section>
  );
}
