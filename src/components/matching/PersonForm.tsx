import { useEffect, useRef, useState } from 'preact/hooks';
import { addPerson, isListed } from '../../stores/matching';
import { tidyText } from '../../lib/matching/names';
import type { Role } from '../../lib/matching/types';
import { useMatchingView } from './matching-view';

type FieldError = { field: 'role' | 'name'; message: string };

const split = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map(tidyText)
    .filter((part) => part !== '');

/** The form that adds one person by typing, with GOV.UK-style errors. */
export function PersonForm() {
  const view = useMatchingView();
  const { t, catalogue, lang } = view;
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0 && errors.length > 0) summary.current?.focus();
  }, [attempt]);

  const submit = (event: Event): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string): string => tidyText(String(data.get(name) ?? ''));
    const name = text('name');
    const found: FieldError[] = [];
    if (!role) found.push({ field: 'role', message: t('matching.errorRole') });
    if (name === '') found.push({ field: 'name', message: t('matching.errorName') });
    else if (isListed(name)) found.push({ field: 'name', message: t('matching.errorDuplicate', { name }) });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || !role) return;
    const listed = data.getAll('topic').map(String);
    const free = split(text('freeTopics'), /[,;]/).filter((topic) => !listed.includes(topic));
    addPerson({
      role,
      name,
      department: text('department'),
      manager: text('manager'),
      topics: [...listed, ...free],
      availability: data.getAll('slot').map(String),
      site: text('site'),
      pleaseNotWith: split(text('pleaseNotWith'), /[;|]/),
    });
    form.reset();
    setRole(undefined);
    document.getElementById('person-role-senior')?.focus();
  };

  const fieldIds = { role: 'person-role-senior', name: 'person-name' } as const;
  const goTo = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  const errorFor = (field: FieldError['field']) => errors.find((error) => error.field === field);
  const roleError = errorFor('role');
  const nameError = errorFor('name');

  return (
    <form class="matching-form" noValidate onSubmit={submit} aria-labelledby="person-form-heading">
      <h3 id="person-form-heading">{t('matching.formHeading')}</h3>
      {errors.length > 0 && (
        <div class="error-summary" ref={summary} tabIndex={-1} aria-labelledby="person-error-title">
          <div role="alert">
            <h4 class="error-summary__title" id="person-error-title">
              {t('matching.errorTitle')}
            </h4>
            <ul class="error-summary__list">
              {errors.map((error) => (
                <li key={error.field}>
                  <a href={`#${fieldIds[error.field]}`} onClick={goTo(fieldIds[error.field])}>
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div class={roleError ? 'field field--error' : 'field'}>
        <fieldset class="fieldset" aria-describedby={roleError ? 'person-role-error' : undefined}>
          <legend class="fieldset__legend label">{t('matching.roleLegend')}</legend>
          {roleError && (
            <p class="error-message" id="person-role-error">
              {roleError.message}
            </p>
          )}
          <div class="choices choices--inline">
            {(['senior', 'junior'] as const).map((value) => (
              <label class="choice" key={value}>
                <input
                  id={`person-role-${value}`}
                  type="radio"
                  name="role"
                  value={value}
                  checked={role === value}
                  onChange={() => setRole(value)}
                />
                {t(value === 'senior' ? 'matching.roleSenior' : 'matching.roleJunior')}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div class={nameError ? 'field field--error' : 'field'}>
        <label class="label" for="person-name">
          {t('matching.nameLabel')}
        </label>
        {nameError && (
          <p class="error-message" id="person-name-error">
            {nameError.message}
          </p>
        )}
        <input
          id="person-name"
          name="name"
          class="input"
          type="text"
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'person-name-error' : undefined}
        />
      </div>
      <div class="field-row">
        <div class="field">
          <label class="label" for="person-department">
            {t('matching.departmentLabel')}
          </label>
          <input id="person-department" name="department" class="input" type="text" autoComplete="off" />
        </div>
        <div class="field">
          <label class="label" for="person-site">
            {t('matching.siteLabel')}
          </label>
          <input id="person-site" name="site" class="input" type="text" autoComplete="off" />
        </div>
      </div>
      <div class="field">
        <label class="label" for="person-manager">
          {t('matching.managerLabel')}
        </label>
        <p class="hint" id="person-manager-hint">
          {t('matching.managerHint')}
        </p>
        <input
          id="person-manager"
          name="manager"
          class="input"
          type="text"
          autoComplete="off"
          aria-describedby="person-manager-hint"
        />
      </div>
      <fieldset class="fieldset field" aria-describedby="person-topics-hint">
        <legend class="fieldset__legend label">{t('matching.topicsLegend')}</legend>
        <p class="hint" id="person-topics-hint">
          {t('matching.topicsHint')}
        </p>
        <div class="choices">
          {catalogue.topics.map((topic) => (
            <label class="choice" key={topic.id}>
              <input type="checkbox" name="topic" value={topic.id} />
              {topic[lang]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label class="label" for="person-free-topics">
          {t('matching.freeTopicsLabel')}
        </label>
        <p class="hint" id="person-free-topics-hint">
          {t('matching.freeTopicsHint')}
        </p>
        <input
          id="person-free-topics"
          name="freeTopics"
          class="input"
          type="text"
          autoComplete="off"
          aria-describedby="person-free-topics-hint"
        />
      </div>
      <fieldset class="fieldset field">
        <legend class="fieldset__legend label">{t('matching.availabilityLegend')}</legend>
        <div class="choices choices--slots">
          {catalogue.slots.map((slot) => (
            <label class="choice" key={slot.id}>
              <input type="checkbox" name="slot" value={slot.id} />
              {slot[lang]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label class="label" for="person-please-not">
          {t('matching.pleaseNotLabel')}
        </label>
        <p class="hint" id="person-please-not-hint">
          {t('matching.pleaseNotHint')}
        </p>
        <input
          id="person-please-not"
          name="pleaseNotWith"
          class="input"
          type="text"
          autoComplete="off"
          aria-describedby="person-please-not-hint"
        />
      </div>
      <button type="submit" class="button">
        {t('matching.addButton')}
      </button>
    </form>
  );
}
