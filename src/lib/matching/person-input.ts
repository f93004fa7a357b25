// A person typed in (or edited) on the page, checked the way import checks a row: a role and a
// name are needed, the name must not be someone else's, and nobody is their own manager or their own
// "please not with". Pure, so the form component only shows what this finds.

import { nameKey, tidyText } from './names';
import type { Person, Role } from './types';

/** What the form holds, as typed. */
export interface PersonInput {
  readonly role: string;
  readonly name: string;
  readonly department: string;
  readonly site: string;
  readonly manager: string;
  /** Ids of the listed topics ticked. */
  readonly topics: readonly string[];
  /** Other topics, separated by commas or semicolons. */
  readonly freeTopics: string;
  /** Ids of the half-days ticked. */
  readonly slots: readonly string[];
  /** Names, separated by semicolons. */
  readonly pleaseNotWith: string;
}

/** A field the form can point an error at. */
export type PersonField = 'role' | 'name' | 'manager' | 'pleaseNotWith';

/** What is wrong with a field, for the page to put in words. */
export interface PersonInputError {
  readonly field: PersonField;
  readonly code: 'missing-role' | 'missing-name' | 'name-taken' | 'own-manager' | 'own-name';
  /** The name concerned. */
  readonly name?: string;
}

const split = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map(tidyText)
    .filter((part) => part !== '');

const isRole = (value: string): value is Role => value === 'senior' || value === 'junior';

/**
 * Checks the form against the list. `editing` is the name of the person being changed: their own
 * name is not "taken". Gives the person, or every error in the form's order.
 */
export function checkPersonInput(
  input: PersonInput,
  people: readonly Person[],
  editing?: string,
):
  | { readonly ok: true; readonly person: Person }
  | { readonly ok: false; readonly errors: readonly PersonInputError[] } {
  const errors: PersonInputError[] = [];
  const name = tidyText(input.name);
  const manager = tidyText(input.manager);
  const pleaseNotWith = split(input.pleaseNotWith, /[;|]/);
  if (!isRole(input.role)) errors.push({ field: 'role', code: 'missing-role' });
  if (name === '') errors.push({ field: 'name', code: 'missing-name' });
  else if (
    (editing === undefined || nameKey(editing) !== nameKey(name)) &&
    people.some((person) => nameKey(person.name) === nameKey(name))
  )
    errors.push({ field: 'name', code: 'name-taken', name });
  if (name !== '' && nameKey(manager) === nameKey(name)) errors.push({ field: 'manager', code: 'own-manager', name });
  if (name !== '' && pleaseNotWith.some((other) => nameKey(other) === nameKey(name)))
    errors.push({ field: 'pleaseNotWith', code: 'own-name', name });
  if (errors.length > 0 || !isRole(input.role)) return { ok: false, errors };
  const topics = [...input.topics];
  for (const topic of split(input.freeTopics, /[,;]/))
    if (!topics.some((known) => nameKey(known) === nameKey(topic))) topics.push(topic);
  return {
    ok: true,
    person: {
      role: input.role,
      name,
      department: tidyText(input.department),
      manager,
      topics,
      availability: [...input.slots],
      site: tidyText(input.site),
      pleaseNotWith,
    },
  };
}

/** The form's fields for a person on the list, so that editing starts from what is there. */
export function personToInput(person: Person, isListedTopic: (topic: string) => boolean): PersonInput {
  return {
    role: person.role,
    name: person.name,
    department: person.department,
    site: person.site,
    manager: person.manager,
    topics: person.topics.filter(isListedTopic),
    freeTopics: person.topics.filter((topic) => !isListedTopic(topic)).join(', '),
    slots: person.availability,
    pleaseNotWith: person.pleaseNotWith.join('; '),
  };
}
