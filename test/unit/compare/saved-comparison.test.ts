import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { encodeShareCode, type Question } from '../../../src/lib/questionnaire';
import { encodeComparison } from '../../../src/lib/compare/comparison-link';
import { displayLabel, roleLabel } from '../../../src/lib/compare/labels';
import { parseSavedComparison, serializeSavedComparison } from '../../../src/lib/compare/saved-comparison';
import { answersWith, questionnaire } from '../questionnaire/support';

const entry = (overrides: Record<string, string>, label: string) => {
  const answers = answersWith(overrides);
  return { code: encodeShareCode(questionnaire, answers), answers, label };
};
const version = questionnaire.version.toString(36);
// Version 1: a question list no longer known (version 2 codes are still read, see share-code.test.ts).
const older = (1).toString(36);
const link = encodeComparison('team', [entry({}, 'Sponsor'), entry({ sponsor: 'doubtful' }, 'Junior')]);

describe('a saved comparison', () => {
  test('reads back what was saved', () => {
    const saved = parseSavedComparison(questionnaire, serializeSavedComparison(link));
    expect(saved.ok && saved.value.entries.map((e) => e?.label)).toEqual(['Sponsor', 'Junior']);
  });

  test.each([
    // Not JSON.
    ['{"schemaVersion":1,', 'malformed'],
    // Another shape version.
    [JSON.stringify({ schemaVersion: 2, link }), 'version'],
    // An extra field.
    [JSON.stringify({ schemaVersion: 1, link, extra: 1 }), 'malformed'],
    // Not a comparison link.
    [JSON.stringify({ schemaVersion: 1, link: '#a=1' }), 'malformed'],
    // Every entry saved for older questions.
    [
      JSON.stringify({
        schemaVersion: 1,
        link: link.replace(`=${version}`, `=${older}`).replace(`.${version}`, `.${older}`),
      }),
      'version',
    ],
  ])('is refused when it is %s', (raw, reason) => {
    expect(parseSavedComparison(questionnaire, raw)).toEqual({ ok: false, reason });
  });

  test('never throws on anything stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (raw) => {
        expect(() => parseSavedComparison(questionnaire, raw)).not.toThrow();
      }),
    );
  });
});

describe('a result’s label', () => {
  // The optional context question "Your role in this", as the questionnaire will carry it.
  const role = {
    id: 'role',
    kind: 'context',
    prompt: { en: 'Your role in this', nl: 'Jouw rol hierin' },
    options: [
      { id: 'leader', label: { en: 'Leader', nl: 'Leider' }, meaning: { en: '', nl: '' } },
      { id: 'junior', label: { en: 'Junior', nl: 'Junior' }, meaning: { en: '', nl: '' } },
      { id: 'other', label: { en: 'Something else', nl: 'Iets anders' }, meaning: { en: '', nl: '' } },
    ],
  } as unknown as Question;
  const withoutRole = { ...questionnaire, questions: questionnaire.questions.filter((q) => q.id !== 'role') };
  const withRole = { ...withoutRole, questions: [...withoutRole.questions, role] };

  test.each([
    // The typed label with the role the person gave.
    [{ answers: { role: 'leader' }, label: 'Anne' }, 'Anne (Leider)'],
    // "Something else, or I would rather not say" names no role.
    [{ answers: { role: 'other' }, label: 'Anne' }, 'Anne'],
    // A typed label that is the role already is not repeated.
    [{ answers: { role: 'leader' }, label: 'Leider' }, 'Leider'],
    // No role: the typed label.
    [{ answers: {}, label: 'Anne' }, 'Anne'],
    // No typed label: the role the person gave.
    [{ answers: { role: 'leader' }, label: '' }, 'Leider'],
    // Neither: the fallback.
    [{ answers: {}, label: '' }, 'Persoon 2'],
  ])('%j is shown as %s', (result, shown) => {
    expect(displayLabel(withRole, result, 'nl', 'Persoon 2')).toBe(shown);
  });

  test('is empty when the questionnaire has no role question', () => {
    expect(roleLabel(withoutRole, { role: 'leader' }, 'en')).toBe('');
  });
});
