import { describe, expect, test } from 'vitest';
import { explainPair, explainUnmatched, joinWords, problemMessage } from '../../../src/lib/matching-ui/explain';
import { pickStrings, translator } from '../../../src/i18n/island-strings';
import { MATCHING_STRING_KEYS } from '../../../src/lib/matching-ui/strings';
import { matchPairs } from '../../../src/lib/matching/match';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import type { Lang } from '../../../src/lib/language';
import { catalogue, person } from './support';

const contextFor = (dictionary: Readonly<Record<keyof typeof en, string>>, lang: Lang) => ({
  t: translator(pickStrings(dictionary, MATCHING_STRING_KEYS)),
  topicName: (topic: string) => catalogue.topics.find((item) => item.id === topic)?.[lang] ?? topic,
  slotName: (slot: string) => catalogue.slots.find((item) => item.id === slot)?.[lang] ?? slot,
  columnName: (id: string) => catalogue.columns.find((column) => column.id === id)?.[lang] ?? id,
});
const english = contextFor(en, 'en');
const dutch = contextFor(nl, 'nl');

describe('explanations in plain words', () => {
  test.each([
    { words: [], joined: '' },
    { words: ['AI tools'], joined: 'AI tools' },
    { words: ['Ann', 'Bo'], joined: 'Ann and Bo' },
    { words: ['Ann', 'Bo', 'Cas'], joined: 'Ann, Bo and Cas' },
  ])('$words are joined as "$joined"', ({ words, joined }) => {
    expect(joinWords(english.t, words)).toBe(joined);
  });

  test('a pair says what one can teach the other, where they work and when both are free', () => {
    const priya = person('senior', 'Priya', {
      topics: ['ai', 'Gardening'],
      department: 'Sales',
      site: 'Utrecht',
      availability: ['tue-am', 'wed-pm'],
    });
    const sam = person('junior', 'Sam', {
      topics: ['ai', 'gardening'],
      department: 'IT',
      site: 'Utrecht',
      availability: ['tue-am'],
    });
    const [pair] = matchPairs(catalogue.fit, [priya, sam], { setting: 'on-site' }).pairs;
    expect(explainPair(english, pair!)).toEqual([
      'Sam can teach AI tools and Gardening, which Priya wants to learn.',
      'Different departments: Priya in Sales, Sam in IT.',
      'Both free on Tuesday morning.',
      'Both work in Utrecht.',
    ]);
    expect(explainPair(dutch, pair!)[0]).toBe('Sam kan AI-tools en Gardening uitleggen, en dat wil Priya leren.');
  });

  test('someone nobody may be paired with hears which rule rules out whom', () => {
    const people = [
      person('senior', 'Ann'),
      person('senior', 'Bo', { availability: ['mon-am'] }),
      person('junior', 'Cas', { manager: 'Ann', availability: ['fri-pm'] }),
    ];
    const { unmatched } = matchPairs(catalogue.fit, people, { setting: 'remote' });
    const cas = unmatched.find((item) => item.person.name === 'Cas');
    expect(explainUnmatched(english, cas!)).toEqual([
      'Nobody on the other side can be paired with Cas.',
      'In the same reporting line: Ann.',
      'No free half-day in common: Bo.',
    ]);
  });

  test('an import problem names the row and the column, a missing column in the page language', () => {
    expect(
      problemMessage(english, { code: 'unknown-role', row: 4, column: 'rol', value: 'boss', severity: 'error' }, 1000),
    ).toBe('Row 4, column “rol”: “boss” is neither senior nor junior. The row was left out.');
    expect(problemMessage(dutch, { code: 'missing-column', row: 1, column: 'name', severity: 'error' }, 1000)).toBe(
      'Rij 1: er is geen kolom “naam”. Zet de kolomnamen in de eerste rij, zoals in het sjabloon.',
    );
  });
});
