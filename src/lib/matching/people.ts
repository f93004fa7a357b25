// From a table (a CSV file or pasted range) to a list of people, and back. The first row names the
// columns in English or Dutch; role and name are required, the rest optional. Every problem names
// the row (as the spreadsheet numbers it: the column names are row 1) and the column, and says
// whether the row was left out or kept. Valid rows are always kept.

import { catalogueLookup } from './catalogue';
import { parseDelimited, toDelimited, type TableRow } from './csv';
import { nameKey, tidyText } from './names';
import type { Lang } from '../language';
import { COLUMN_IDS, type ColumnId, type MatchingCatalogue, type Person, type Role } from './types';

/** The most people one list holds; rows beyond it are left out with a message. */
export const MAX_PEOPLE = 1000;

/** What went wrong with the input, for the interface to put in words. */
type ImportProblemCode =
  | 'empty' // the file or text holds no rows at all
  | 'missing-column' // a required column is not among the column names
  | 'unknown-column' // a column name that is not understood; the column is ignored
  | 'age-column' // an age or birth-date column; never used
  | 'duplicate-column' // a column named twice; the second is ignored
  | 'no-rows' // column names but no people
  | 'missing-value' // a required cell is empty; row left out
  | 'unknown-role' // role is not senior or junior; row left out
  | 'duplicate-name' // another person with this name came earlier; row left out
  | 'listed-twice' // the same person, with the same details, came earlier; row left out
  | 'already-listed' // the name is already on the list the rows are added to; row left out
  | 'unknown-slot' // a time that is not a known half-day; that time ignored
  | 'unknown-manager' // the manager is not on the list; the reporting line stops there
  | 'unknown-person' // a "please not with" name that is not on the list; ignored
  | 'own-name' // someone named as their own manager or "please not with"; ignored
  | 'too-many-people'; // rows after MAX_PEOPLE left out

/** One problem with the input. `row` is 0 for the file as a whole. */
export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** The spreadsheet's row number: 1 is the row of column names. */
  readonly row: number;
  /** The column as the file names it, when the problem is in one column; for 'missing-column', its id. */
  readonly column?: string;
  /** The value that was not understood. */
  readonly value?: string;
  /** For duplicates: the row where the name first appeared. */
  readonly firstRow?: number;
  /** 'error': the row (or file) was left out; 'warning': it was kept. */
  readonly severity: 'error' | 'warning';
}

/** The people read from the input, with every problem found on the way. */
export interface ImportResult {
  readonly people: readonly Person[];
  /** The spreadsheet row each person came from, in the same order as `people`. */
  readonly rows: readonly number[];
  readonly problems: readonly ImportProblem[];
  /** The name column as the file names it ('name' when there was none). */
  readonly nameColumn?: string;
}

const LIST_SPLIT = /[;,|\n]/;
// Names may hold a comma ("Jansen, Piet"), so a list of names is split on semicolons and bars only.
const NAME_LIST_SPLIT = /[;|\n]/;

const splitList = (cell: string, separator: RegExp): string[] =>
  cell
    .split(separator)
    .map(tidyText)
    .filter((part) => part !== '');

function readRole(cell: string): Role | undefined {
  const key = nameKey(cell);
  return key === 'senior' || key === 'junior' ? key : undefined;
}

/** Finds which column each header cell names; reports unknown, ignored and repeated ones. */
function readHeader(catalogue: MatchingCatalogue, header: readonly string[], problems: ImportProblem[]) {
  const byName = new Map<string, ColumnId>();
  for (const column of catalogue.columns) {
    for (const word of [column.id, column.en, column.nl, ...column.aliases]) byName.set(nameKey(word), column.id);
  }
  const ignored = new Set(catalogue.ignoredColumns.map(nameKey));
  const positions = new Map<ColumnId, number>();
  const labels = new Map<ColumnId, string>();
  header.forEach((cell, index) => {
    const label = tidyText(cell);
    const key = nameKey(cell);
    if (key === '') return;
    const id = byName.get(key);
    if (ignored.has(key)) problems.push({ code: 'age-column', row: 1, column: label, severity: 'warning' });
    else if (!id) problems.push({ code: 'unknown-column', row: 1, column: label, severity: 'warning' });
    else if (positions.has(id)) problems.push({ code: 'duplicate-column', row: 1, column: label, severity: 'warning' });
    else {
      positions.set(id, index);
      labels.set(id, label);
    }
  });
  return { positions, labels };
}

/** Reads a table whose first row holds column names into people; never throws. */
function peopleFromTable(catalogue: MatchingCatalogue, rows: readonly TableRow[]): ImportResult {
  const problems: ImportProblem[] = [];
  const nonBlank = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = nonBlank;
  if (!header) return { people: [], rows: [], problems: [{ code: 'empty', row: 0, severity: 'error' }] };
  const { positions, labels } = readHeader(catalogue, header.cells, problems);
  const missing = catalogue.columns.filter((column) => column.required && !positions.has(column.id));
  if (missing.length > 0) {
    for (const column of missing)
      problems.push({ code: 'missing-column', row: 1, column: column.id, severity: 'error' });
    return { people: [], rows: [], problems };
  }
  if (body.length === 0) {
    return { people: [], rows: [], problems: [...problems, { code: 'no-rows', row: 0, severity: 'error' }] };
  }

  const slots = catalogueLookup(catalogue.slots);
  const topics = catalogueLookup(catalogue.topics);
  const people: Person[] = [];
  const firstRowOf = new Map<string, { row: number; signature: string }>();
  const rowOf = new Map<Person, number>();
  const labelOf = (id: ColumnId): string => labels.get(id) ?? id;

  for (const { line, cells } of body) {
    const cell = (id: ColumnId): string => {
      const position = positions.get(id);
      return position === undefined ? '' : (cells[position] ?? '');
    };
    if (people.length >= MAX_PEOPLE) {
      problems.push({ code: 'too-many-people', row: line, severity: 'error' });
      break;
    }
    const name = tidyText(cell('name'));
    const roleText = tidyText(cell('role'));
    if (roleText === '' || name === '') {
      const column = roleText === '' ? labelOf('role') : labelOf('name');
      problems.push({ code: 'missing-value', row: line, column, severity: 'error' });
      continue;
    }
    const role = readRole(roleText);
    if (!role) {
      problems.push({ code: 'unknown-role', row: line, column: labelOf('role'), value: roleText, severity: 'error' });
      continue;
    }
    const availability: string[] = [];
    for (const word of splitList(cell('availability'), LIST_SPLIT)) {
      const slot = slots(word);
      if (slot) {
        if (!availability.includes(slot.id)) availability.push(slot.id);
      } else {
        problems.push({
          code: 'unknown-slot',
          row: line,
          column: labelOf('availability'),
          value: word,
          severity: 'warning',
        });
      }
    }
    const topicList: string[] = [];
    for (const word of splitList(cell('topics'), LIST_SPLIT)) {
      const topic = topics(word)?.id ?? word;
      if (!topicList.some((known) => nameKey(known) === nameKey(topic))) topicList.push(topic);
    }
    const person: Person = {
      role,
      name,
      department: tidyText(cell('department')),
      manager: tidyText(cell('manager')),
      topics: topicList,
      availability,
      site: tidyText(cell('site')),
      pleaseNotWith: splitList(cell('pleaseNotWith'), NAME_LIST_SPLIT),
    };
    const signature = JSON.stringify(person);
    const earlier = firstRowOf.get(nameKey(name));
    if (earlier) {
      const code = earlier.signature === signature ? 'listed-twice' : 'duplicate-name';
      problems.push({
        code,
        row: line,
        column: labelOf('name'),
        value: name,
        firstRow: earlier.row,
        severity: 'error',
      });
      continue;
    }
    firstRowOf.set(nameKey(name), { row: line, signature });
    rowOf.set(person, line);
    people.push(person);
  }

  // Names that point at people are checked once everyone is read, so the order of rows does not matter.
  const known = new Set(people.map((person) => nameKey(person.name)));
  const checked = people.map((person) => {
    const row = rowOf.get(person) ?? 0;
    let { manager } = person;
    if (manager !== '' && nameKey(manager) === nameKey(person.name)) {
      problems.push({ code: 'own-name', row, column: labelOf('manager'), value: manager, severity: 'warning' });
      manager = '';
    } else if (manager !== '' && !known.has(nameKey(manager))) {
      problems.push({ code: 'unknown-manager', row, column: labelOf('manager'), value: manager, severity: 'warning' });
    }
    const pleaseNotWith = person.pleaseNotWith.filter((other) => {
      if (nameKey(other) === nameKey(person.name)) {
        problems.push({ code: 'own-name', row, column: labelOf('pleaseNotWith'), value: other, severity: 'warning' });
        return false;
      }
      if (!known.has(nameKey(other))) {
        problems.push({
          code: 'unknown-person',
          row,
          column: labelOf('pleaseNotWith'),
          value: other,
          severity: 'warning',
        });
      }
      return true;
    });
    return manager === person.manager && pleaseNotWith.length === person.pleaseNotWith.length
      ? person
      : { ...person, manager, pleaseNotWith };
  });
  problems.sort((a, b) => a.row - b.row);
  return {
    people: checked,
    rows: people.map((person) => rowOf.get(person) ?? 0),
    problems,
    nameColumn: labelOf('name'),
  };
}

/** Adds imported people to a list; names already on it are left out with a problem naming the row. */
export function addImported(existing: readonly Person[], imported: ImportResult): ImportResult {
  const taken = new Set(existing.map((person) => nameKey(person.name)));
  const people: Person[] = [];
  const rows: number[] = [];
  const problems: ImportProblem[] = [...imported.problems];
  imported.people.forEach((person, index) => {
    const row = imported.rows[index] ?? 0;
    if (taken.has(nameKey(person.name))) {
      problems.push({
        code: 'already-listed',
        row,
        column: imported.nameColumn ?? 'name',
        value: person.name,
        severity: 'error',
      });
      return;
    }
    people.push(person);
    rows.push(row);
  });
  problems.sort((a, b) => a.row - b.row);
  return { people: [...existing, ...people], rows, problems };
}

/** Reads CSV text or a pasted spreadsheet range into people; never throws. */
export function importPeople(catalogue: MatchingCatalogue, text: string): ImportResult {
  return peopleFromTable(catalogue, parseDelimited(text).rows);
}

/** The rows of a people file in one language: column names first, then one row per person. */
function peopleRows(catalogue: MatchingCatalogue, people: readonly Person[], lang: Lang): string[][] {
  const columns = COLUMN_IDS.map((id) => catalogue.columns.find((column) => column.id === id));
  const header = columns.map((column, index) => column?.[lang] ?? COLUMN_IDS[index] ?? '');
  const nameOf = (items: MatchingCatalogue['topics'], id: string): string =>
    items.find((item) => item.id === id)?.[lang] ?? id;
  const rows = people.map((person) =>
    COLUMN_IDS.map((id): string => {
      switch (id) {
        case 'role':
          return person.role;
        case 'topics':
          return person.topics.map((topic) => nameOf(catalogue.topics, topic)).join('; ');
        case 'availability':
          return person.availability.map((slot) => nameOf(catalogue.slots, slot)).join('; ');
        case 'pleaseNotWith':
          return person.pleaseNotWith.join('; ');
        default:
          return person[id];
      }
    }),
  );
  return [header, ...rows];
}

/** A people list as a CSV file that importPeople reads back to the same list. */
export function exportPeople(catalogue: MatchingCatalogue, people: readonly Person[], lang: Lang): string {
  return toDelimited(peopleRows(catalogue, people, lang));
}
