import { useEffect, useState } from 'preact/hooks';
import { ErrorSummary } from '../island-kit/ErrorSummary';
import { $people, addPerson, editPerson, updatePerson } from '../../stores/matching';
import {
  checkPersonInput,
  personToInput,
  type PersonField,
  type PersonInput,
  type PersonInputError,
} from '../../lib/matching/person-input';
import type { Person } from '../../lib/matching/types';
import type { MatchingT } from '../../lib/matching-ui/strings';
import { ChoicesField, RoleField, TextField } from './PersonFields';
import { useMatchingView } from './matching-view';

const EMPTY: PersonInput = {
  role: '',
  name: '',
  department: '',
  site: '',
  manager: '',
  topics: [],
  freeTopics: '',
  slots: [],
  pleaseNotWith: '',
};

/** The form's fields as typed. */
function readForm(form: HTMLFormElement): PersonInput {
  const data = new FormData(form);
  // Every field is a text field, never a file.
  const text = (name: string): string => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    role: text('role'),
    name: text('name'),
    department: text('department'),
    site: text('site'),
    manager: text('manager'),
    topics: data.getAll('topic').map(String),
    freeTopics: text('freeTopics'),
    slots: data.getAll('slot').map(String),
    pleaseNotWith: text('pleaseNotWith'),
  };
}

const MESSAGE_KEYS = {
  'missing-role': 'matching.errorRole',
  'missing-name': 'matching.errorName',
  'name-taken': 'matching.errorDuplicate',
  'own-manager': 'matching.errorOwnManager',
  'own-name': 'matching.errorOwnName',
} as const;

const message = (t: MatchingT, error: PersonInputError): string =>
  t(MESSAGE_KEYS[error.code], { name: error.name ?? '' });

interface FieldsetProps {
  readonly prefix: string;
  readonly start: PersonInput;
  readonly errorFor: (field: PersonField) => string | undefined;
  readonly fieldId: Readonly<Record<PersonField, string>>;
}

/** Every field of the person form, filled with `start`, each with its error. */
function PersonFieldset({ prefix, start, errorFor, fieldId }: FieldsetProps) {
  const { t, catalogue } = useMatchingView();
  return (
    <>
      <RoleField
        prefix={prefix}
        value={start.role === 'senior' || start.role === 'junior' ? start.role : undefined}
        error={errorFor('role')}
      />
      <TextField
        id={fieldId.name}
        name="name"
        label={t('matching.nameLabel')}
        error={errorFor('name')}
        value={start.name}
      />
      <div class="field-row">
        <TextField
          id={`${prefix}-department`}
          name="department"
          label={t('matching.departmentLabel')}
          value={start.department}
        />
        <TextField id={`${prefix}-site`} name="site" label={t('matching.siteLabel')} value={start.site} />
      </div>
      <TextField
        id={fieldId.manager}
        name="manager"
        label={t('matching.managerLabel')}
        hint={t('matching.managerHint')}
        error={errorFor('manager')}
        value={start.manager}
      />
      <ChoicesField
        id={`${prefix}-topics`}
        name="topic"
        legend={t('matching.topicsLegend')}
        hint={t('matching.topicsHint')}
        items={catalogue.topics}
        checked={start.topics}
      />
      <TextField
        id={`${prefix}-free-topics`}
        name="freeTopics"
        label={t('matching.freeTopicsLabel')}
        hint={t('matching.freeTopicsHint')}
        value={start.freeTopics}
      />
      <ChoicesField
        id={`${prefix}-slots`}
        name="slot"
        legend={t('matching.availabilityLegend')}
        items={catalogue.slots}
        checked={start.slots}
        slots
      />
      <TextField
        id={fieldId.pleaseNotWith}
        name="pleaseNotWith"
        label={t('matching.pleaseNotLabel')}
        hint={t('matching.pleaseNotHint')}
        error={errorFor('pleaseNotWith')}
        value={start.pleaseNotWith}
      />
    </>
  );
}

/**
 * Adds one person by typing, or (with `editing`) changes one on the list, with the same checks as
 * import and GOV.UK-style errors.
 */
export function PersonForm({ editing }: { editing?: Person }) {
  const view = useMatchingView();
  const { t, catalogue } = view;
  const prefix = editing ? 'edit' : 'person';
  const start = editing ? personToInput(editing, (topic) => catalogue.topics.some((item) => item.id === topic)) : EMPTY;
  const [errors, setErrors] = useState<readonly PersonInputError[]>([]);
  const [attempt, setAttempt] = useState(0);
  // Focus moves to the name when another person is opened for editing, not on every render.
  const editingName = editing?.name;
  useEffect(() => {
    if (editingName !== undefined) document.getElementById(`${prefix}-name`)?.focus();
  }, [editingName, prefix]);

  const fieldId: Record<PersonField, string> = {
    role: `${prefix}-role-senior`,
    name: `${prefix}-name`,
    manager: `${prefix}-manager`,
    pleaseNotWith: `${prefix}-please-not`,
  };
  const errorFor = (field: PersonField): string | undefined => {
    const found = errors.find((error) => error.field === field);
    return found && message(t, found);
  };
  const shown = errors.map((error) => ({ fieldId: fieldId[error.field], message: message(t, error) }));

  const submit = (event: Event): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const checked = checkPersonInput(readForm(form), $people.get(), editing?.name);
    setErrors(checked.ok ? [] : checked.errors);
    setAttempt((n) => n + 1);
    if (!checked.ok) return;
    if (editing) {
      updatePerson(editing.name, checked.person);
      return;
    }
    addPerson(checked.person);
    form.reset();
    document.getElementById(fieldId.role)?.focus();
  };

  const heading = editing ? t('matching.editHeading', { name: editing.name }) : t('matching.formHeading');
  return (
    <form class="matching-form" noValidate onSubmit={submit} aria-labelledby={`${prefix}-form-heading`}>
      <h3 id={`${prefix}-form-heading`}>{heading}</h3>
      {shown.length > 0 && (
        <ErrorSummary
          key={attempt}
          id={`${prefix}-error-title`}
          title={t('form.errorTitle')}
          level={4}
          errors={shown}
        />
      )}
      <PersonFieldset prefix={prefix} start={start} errorFor={errorFor} fieldId={fieldId} />
      <div class="button-group">
        <button type="submit" class="button">
          {t(editing ? 'matching.saveChanges' : 'matching.addButton')}
        </button>
        {editing && (
          <button type="button" class="button button--secondary" onClick={() => editPerson(undefined)}>
            {t('matching.cancelEdit')}
          </button>
        )}
      </div>
    </form>
  );
}
