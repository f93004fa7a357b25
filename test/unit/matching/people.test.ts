import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { catalogueLookup } from '../../../src/lib/matching/catalogue';
import { nameKey } from '../../../src/lib/matching/names';
import {
  addImported,
  exportPeople,
  importPeople,
  MAX_PEOPLE,
  type ImportProblem,
} from '../../../src/lib/matching/people';
import { examplePeople } from '../../../src/schemas/matching';
import type { Person } from '../../../src/lib/matching/types';
import { catalogue, file, person } from './support';

const HEADER = 'role,name,department,manager,topics,availability,site,please not with';
const read = (text: string) => importPeople(catalogue, text);
/** A problem's code, row and column, the parts a message is built from. */
const brief = ({ code, row, column, value }: ImportProblem) => ({ code, row, column, ...(value ? { value } : {}) });

describe('importing people', () => {
  test('a full row is read into a person, listed topics and times by their ids', () => {
    const { people, problems } = read(
      `${HEADER}\nsenior,Ellen de Vries,Sales,Karin,"AI tools; customers, Gardening","Tuesday morning; thu am",Utrecht,Bo\njunior,Bo,,,,,,`,
    );
    expect(problems.map(brief)).toEqual([{ code: 'unknown-manager', row: 2, column: 'manager', value: 'Karin' }]);
    expect(people[0]).toEqual({
      role: 'senior',
      name: 'Ellen de Vries',
      department: 'Sales',
      manager: 'Karin',
      topics: ['ai', 'customer-behaviour', 'Gardening'],
      availability: ['tue-am', 'thu-am'],
      site: 'Utrecht',
      pleaseNotWith: ['Bo'],
    });
  });

  test('Dutch column names, semicolons and Dutch words are read the same way', () => {
    const { people, problems } = read(
      'rol;naam;onderwerpen;beschikbaarheid\njunior;Noor;"sociale media, klantgedrag";dinsdagochtend\n',
    );
    expect(problems).toEqual([]);
    expect(people[0]).toMatchObject({
      name: 'Noor',
      topics: ['social-media', 'customer-behaviour'],
      availability: ['tue-am'],
    });
  });

  test('a pasted spreadsheet range (tabs) with only the required columns is enough', () => {
    expect(read('name\trole\nAnn\tsenior\nBo\tjunior').people.map((p) => p.name)).toEqual(['Ann', 'Bo']);
  });

  test.each([
    // an empty file
    { text: '', problems: [{ code: 'empty', row: 0, column: undefined }], kept: [] },
    // column names but nobody
    { text: `${HEADER}\n`, problems: [{ code: 'no-rows', row: 0, column: undefined }], kept: [] },
    // a file without the name column is refused as a whole
    {
      text: 'role,naam?\nsenior,Ann',
      problems: [
        { code: 'unknown-column', row: 1, column: 'naam?' },
        { code: 'missing-column', row: 1, column: 'name' },
      ],
      kept: [],
    },
    // an age column is never read
    { text: 'role,name,age\nsenior,Ann,61', problems: [{ code: 'age-column', row: 1, column: 'age' }], kept: ['Ann'] },
    // a row without a name is left out, the others kept
    {
      text: 'role,name\nsenior,\njunior,Bo',
      problems: [{ code: 'missing-value', row: 2, column: 'name' }],
      kept: ['Bo'],
    },
    // a role that is not senior or junior
    {
      text: 'rol,naam\nmentor,Ann\njunior,Bo',
      problems: [{ code: 'unknown-role', row: 2, column: 'rol', value: 'mentor' }],
      kept: ['Bo'],
    },
    // the same name twice with different details
    {
      text: 'role,name\nsenior,Ann\njunior,ann ',
      problems: [{ code: 'duplicate-name', row: 3, column: 'name', value: 'ann' }],
      kept: ['Ann'],
    },
    // the same person listed twice
    {
      text: 'role,name\nsenior,Ann\nsenior,Ann',
      problems: [{ code: 'listed-twice', row: 3, column: 'name', value: 'Ann' }],
      kept: ['Ann'],
    },
    // a time that is not a half-day of the week; the row is kept
    {
      text: 'role,name,availability\nsenior,Ann,"Sunday; mon am"',
      problems: [{ code: 'unknown-slot', row: 2, column: 'availability', value: 'Sunday' }],
      kept: ['Ann'],
    },
    // a "please not with" name that nobody has
    {
      text: 'role,name,please not with\nsenior,Ann,Zed',
      problems: [{ code: 'unknown-person', row: 2, column: 'please not with', value: 'Zed' }],
      kept: ['Ann'],
    },
    // blank rows are skipped, and row numbers still follow the file
    {
      text: 'role,name\n\n,\nsenior,Ann\nsenior,',
      problems: [{ code: 'missing-value', row: 5, column: 'name' }],
      kept: ['Ann'],
    },
  ])('$problems.0.code: the message names row and column, valid rows are kept', ({ text, problems, kept }) => {
    const result = read(text);
    expect(result.problems.map(brief)).toEqual(
      problems.map((p) => ({ ...p, ...(p.column === undefined ? { column: undefined } : {}) })),
    );
    expect(result.people.map((p) => p.name)).toEqual(kept);
  });

  test('someone named as their own manager is read without a manager', () => {
    const { people, problems } = read('role,name,manager\nsenior,Ann,ann');
    expect(problems.map((p) => p.code)).toEqual(['own-name']);
    expect(people[0]?.manager).toBe('');
  });

  test(`rows after the first ${MAX_PEOPLE} people are left out with one message`, () => {
    const rows = Array.from({ length: MAX_PEOPLE + 5 }, (_, i) => `junior,P${i}`).join('\n');
    const { people, problems } = read(`role,name\n${rows}`);
    expect(people).toHaveLength(MAX_PEOPLE);
    expect(problems.map(brief)).toEqual([{ code: 'too-many-people', row: MAX_PEOPLE + 2, column: undefined }]);
  });

  test('the example file in each language reads back to the example people, without a single note', () => {
    for (const lang of ['en', 'nl'] as const) {
      const people = examplePeople(file, lang);
      const result = read(exportPeople(catalogue, people, lang));
      expect(result.people).toEqual(people);
      expect(result.problems).toEqual([]);
    }
  });
});

describe('exporting people', () => {
  test('the English export names the columns and topics in English, the Dutch one in Dutch', () => {
    const ann = person('senior', 'Ann', { topics: ['ai'], availability: ['mon-am'] });
    expect(exportPeople(catalogue, [ann], 'en').split('\r\n')[1]).toBe('senior,Ann,,,AI tools,Monday morning,,');
    expect(exportPeople(catalogue, [ann], 'nl').split('\r\n')[0]).toBe(
      'rol,naam,afdeling,leidinggevende,onderwerpen,beschikbaarheid,locatie,liever niet met',
    );
  });

  test('any list of people exported and imported again is the same list', () => {
    // Text as people type it: letters, spaces inside, commas, quotes, accents; no list separators.
    const word = fc.stringMatching(/^[A-Za-zé"',]{1,6}( [A-Za-zé"',]{1,6})?$/);
    const listedTopic = catalogueLookup(catalogue.topics);
    const freeTopic = fc.stringMatching(/^[A-Za-z]{3,8}$/).filter((text) => listedTopic(text) === undefined);
    const people = fc.uniqueArray(word, { minLength: 1, maxLength: 8, selector: nameKey }).chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc.record({
            role: fc.constantFrom('senior' as const, 'junior' as const),
            name: fc.constant(name),
            department: fc.oneof(fc.constant(''), word),
            manager: fc.constantFrom('', ...names.filter((other) => other !== name)),
            topics: fc.uniqueArray(fc.oneof(fc.constantFrom(...catalogue.topics.map((t) => t.id)), freeTopic), {
              maxLength: 3,
              selector: (t) => t.toLowerCase(),
            }),
            availability: fc.uniqueArray(fc.constantFrom(...catalogue.slots.map((s) => s.id)), { maxLength: 3 }),
            site: fc.oneof(fc.constant(''), word),
            pleaseNotWith: fc.subarray(names.filter((other) => other !== name)).map((list) => list.slice(0, 2)),
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(people, fc.constantFrom('en' as const, 'nl' as const), (list: Person[], lang) => {
        const result = read(exportPeople(catalogue, list, lang));
        expect(result.problems).toEqual([]);
        expect(result.people).toEqual(list);
      }),
    );
  });
});

describe('adding imported people to a list', () => {
  test('people already on the list are left out with their row; the rest is added after the list', () => {
    const list = [person('senior', 'Ann')];
    const result = addImported(list, read('naam;rol\nann;junior\nBo;junior'));
    expect(result.people.map((p) => p.name)).toEqual(['Ann', 'Bo']);
    expect(result.problems.map(brief)).toEqual([{ code: 'already-listed', row: 2, column: 'naam', value: 'ann' }]);
  });
});
