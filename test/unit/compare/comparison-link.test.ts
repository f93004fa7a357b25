import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkCharacter, encodeShareCode } from '../../../src/lib/questionnaire';
import { MAX_UNTRUSTED_INPUT_LENGTH } from '../../../src/lib/questionnaire/types';
import {
  CHAT_LINK_LIMIT,
  MAX_LABEL_LENGTH,
  comparisonLink,
  decodeComparison,
  encodeComparison,
  readPastedLink,
  tidyLabel,
  type ComparedResult,
} from '../../../src/lib/compare/comparison-link';
import { answersWith, completeAnswers, questionnaire } from '../questionnaire/support';

const PAGE = 'https://mentorfit.org/questionnaire/compare/';
const result = (overrides: Record<string, string>, label: string): ComparedResult => {
  const answers = answersWith(overrides);
  return { code: encodeShareCode(questionnaire, answers), answers, label };
};
const sponsor = result({}, 'Sponsor');
const hr = result({ 'protected-time': 'own-time' }, 'HR · Anne-Marie (Zoë)');
const junior = result({ 'safe-to-speak': 'hard' }, 'junior~1.*');

/** Distinct complete results with any labels: the comparison a user could build. */
const results = fc
  .uniqueArray(completeAnswers(), { minLength: 1, maxLength: 12, selector: (a) => encodeShareCode(questionnaire, a) })
  .chain((answerSets) =>
    fc.tuple(
      fc.constant(answerSets),
      fc.array(fc.string({ unit: 'grapheme', maxLength: MAX_LABEL_LENGTH }), {
        minLength: answerSets.length,
        maxLength: answerSets.length,
      }),
    ),
  )
  .map(([answerSets, labels]) =>
    answerSets.map((answers, i) => ({
      code: encodeShareCode(questionnaire, answers),
      answers,
      label: tidyLabel(labels[i] ?? ''),
    })),
  );

describe('comparison links', () => {
  test('round-trip for 1 to 12 results with any labels, in both encodings', () => {
    fc.assert(
      fc.property(results, fc.constantFrom('readable' as const, 'compact' as const), (entries, encoding) => {
        const decoded = decodeComparison(questionnaire, encodeComparison('team', entries, encoding));
        expect(decoded).toEqual({ mode: 'team', entries, refused: [] });
      }),
    );
  });

  test('keep the before and after slots, an empty one included', () => {
    expect(decodeComparison(questionnaire, encodeComparison('change', [undefined, junior]))).toEqual({
      mode: 'change',
      entries: [undefined, junior],
      refused: [],
    });
    expect(encodeComparison('change', [undefined, junior])).toBe(`#change=.${junior.code}~junior%7E1%2E%2A`);
  });

  test('refuse each bad entry on its own, naming it, and keep the others', () => {
    const old = `0${sponsor.code.slice(1, -1)}`;
    const tampered = `${hr.code.slice(0, 5)}${hr.code.charAt(5) === '1' ? '2' : '1'}${hr.code.slice(6)}`;
    const incomplete = encodeShareCode(questionnaire, { aim: 'digital-ai' });
    const entries = [
      `${sponsor.code}~Sponsor`,
      `${tampered}~HR`,
      `${old}x~Old`,
      `${sponsor.code}~Again`,
      `${'1'.repeat(MAX_UNTRUSTED_INPUT_LENGTH + 1)}~Long`,
      `${junior.code}~${'a'.repeat(MAX_LABEL_LENGTH + 1)}`,
      `${junior.code}~%E0%A4%A`,
      `${incomplete}~Half`,
      `${junior.code}~Junior`,
    ];
    const decoded = decodeComparison(questionnaire, `#team=${entries.join('.')}`);
    expect(decoded?.entries.map((entry) => entry?.label)).toEqual(['Sponsor', 'Junior']);
    expect(decoded?.refused).toEqual([
      { position: 2, label: 'HR', reason: 'tampered' },
      { position: 3, label: 'Old', reason: 'version' },
      { position: 4, label: 'Again', reason: 'duplicate', duplicateOf: 1 },
      { position: 5, label: 'Long', reason: 'too-long' },
      { position: 6, label: '', reason: 'too-long' },
      { position: 7, label: '', reason: 'malformed' },
      { position: 8, label: 'Half', reason: 'incomplete' },
    ]);
  });

  test('refuse entries beyond twelve, and beyond two before and after', () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => `${sponsor.code}~P${i + 1}`);
    const decoded = decodeComparison(questionnaire, `#team=${thirteen.join('.')}`);
    expect(decoded?.refused.at(-1)).toEqual({ position: 13, label: 'P13', reason: 'too-many' });
    const change = decodeComparison(questionnaire, `#change=${sponsor.code}.${hr.code}.${junior.code}`);
    expect(change?.refused).toEqual([{ position: 3, label: '', reason: 'too-many' }]);
  });

  test('refuse every tampered link without throwing', () => {
    const valid = encodeComparison('team', [sponsor, hr, junior]);
    const mutated = fc
      .tuple(fc.nat(), fc.string({ minLength: 0, maxLength: 3 }), fc.nat({ max: 3 }))
      .map(([at, insert, cut]) => {
        const i = at % valid.length;
        return valid.slice(0, i) + insert + valid.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string(), fc.constant(`#team=${'.'.repeat(20_000)}`)), (hash) => {
        const decoded = decodeComparison(questionnaire, hash);
        if (!decoded) return;
        for (const entry of decoded.entries) {
          // Anything accepted is a real, complete result whose code gives exactly its answers.
          if (entry) expect(encodeShareCode(questionnaire, entry.answers)).toBe(entry.code);
        }
      }),
    );
    expect(decodeComparison(questionnaire, `#team=${'1'.repeat(20_000)}`)).toMatchObject({
      problem: 'too-long',
      entries: [],
    });
    expect(decodeComparison(questionnaire, 42)).toBeUndefined();
    expect(decodeComparison(questionnaire, '#a=123')).toBeUndefined();
  });

  test('for 12 results stay readable with short labels, and turn compact with a warning when too long', () => {
    const twelve = (label: (i: number) => string): ComparedResult[] =>
      Array.from({ length: 12 }, (_, i) =>
        result(
          {
            aim: i % 2 ? 'digital-ai' : 'culture-change',
            seniors: ['1-2', '3-5', '6-12', '13-plus'][i % 4]!,
            setting: ['on-site', 'hybrid', 'remote'][i % 3]!,
          },
          label(i),
        ),
      );
    // Distinct codes are not needed for the length; the decoder would refuse repeats.
    const plain = comparisonLink(
      PAGE,
      'team',
      twelve((i) => `Team member number ${i + 1}`.padEnd(MAX_LABEL_LENGTH, 'x')),
    );
    const accented = comparisonLink(
      PAGE,
      'team',
      twelve(() => 'Zoë Ångström-Éclair, hoofd HR'.padEnd(MAX_LABEL_LENGTH, 'é')),
    );
    const greek = comparisonLink(
      PAGE,
      'team',
      twelve(() => 'Ελένη'.repeat(MAX_LABEL_LENGTH / 5)),
    );
    const script = comparisonLink(
      PAGE,
      'team',
      twelve(() => '人'.repeat(MAX_LABEL_LENGTH)),
    );
    const lengths = {
      plain: plain.url.length,
      accented: accented.url.length,
      greek: greek.url.length,
      script: script.url.length,
    };
    console.log('12 results with 40-character labels, link length:', lengths);
    expect(plain).toMatchObject({ encoding: 'readable', tooLong: false });
    expect(plain.url.length).toBeLessThan(CHAT_LINK_LIMIT);
    expect(accented).toMatchObject({ encoding: 'readable', tooLong: false });
    expect(greek).toMatchObject({ encoding: 'compact', tooLong: false });
    expect(script).toMatchObject({ encoding: 'compact', tooLong: true });
    expect(script.url.length).toBeLessThan(
      encodeComparison(
        'team',
        twelve(() => '人'.repeat(MAX_LABEL_LENGTH)),
      ).length + PAGE.length,
    );
  });
});

describe('a pasted link', () => {
  test('made before the junior questions were added is still read as a result', () => {
    // Version 2's question order, as a link from before version 3 carries it.
    const ids = questionnaire.earlierVersions['2']!;
    const answers = answersWith({});
    const characters = ids.map((id) => {
      const options = questionnaire.questions.find((q) => q.id === id)!.options;
      return (options.findIndex((o) => o.id === answers[id]) + 1).toString(36);
    });
    const code = `2${characters.join('')}${checkCharacter(`2${characters.join('')}`)}`;
    const pasted = readPastedLink(questionnaire, `${PAGE.replace('compare/', '')}#a=${code}`);
    expect(pasted).toEqual({ kind: 'result', code, answers: Object.fromEntries(ids.map((id) => [id, answers[id]])) });
  });

  test.each([
    // A whole share link.
    [`https://mentorfit.org/nl/questionnaire/#a=${sponsor.code}`, 'result'],
    // The code alone.
    [` ${sponsor.code} `, 'result'],
  ])('%s is read as a %s', (text, kind) => {
    expect(readPastedLink(questionnaire, text).kind).toBe(kind);
  });

  test.each([
    ['', 'empty'],
    ['https://mentorfit.org/guides/', 'not-a-link'],
    // A plain word is no code, so it is not read as one from an older version.
    ['nonsense', 'not-a-link'],
    ['<img src=x onerror=alert(1)>', 'not-a-link'],
    // A whole comparison is opened as a link, not added into another.
    [`${PAGE}${encodeComparison('team', [sponsor, hr])}`, 'comparison-link'],
    [`#a=${sponsor.code.slice(0, -1)}0`.replace(/0$/, sponsor.code.endsWith('0') ? '1' : '0'), 'tampered'],
  ])('%j is refused as %s', (text, reason) => {
    expect(readPastedLink(questionnaire, text)).toEqual({ kind: 'refused', reason });
  });
});

describe('labels', () => {
  test.each([
    ['  Anne \n de  Vries ', 'Anne de Vries'],
    ['x'.repeat(60), 'x'.repeat(MAX_LABEL_LENGTH)],
    ['<b>HR</b>', '<b>HR</b>'],
  ])('%j is tidied to %j', (raw, tidy) => {
    expect(tidyLabel(raw)).toBe(tidy);
  });
});

describe('labels with characters that change how text reads', () => {
  // U+202E turns the rest of a line right to left: "HR\u202Egnp.exe" shows as "HRexe.png".
  test.each([
    ['a right-to-left override', 'HR\u202Egnp.exe'],
    ['a left-to-right embedding', 'HR\u202Aboss'],
    ['an isolate', 'HR\u2067x\u2069'],
    ['a right-to-left mark', 'HR\u200F'],
    ['a control character', 'HR\u0007'],
  ])('a link whose label has %s is refused for that entry', (_case, label) => {
    // Written by hand: the page itself never writes such a label into a link.
    const link = `#team=${sponsor.code}~Sponsor.${hr.code}~${encodeURIComponent(label).replace(/\./g, '%2E')}`;
    const decoded = decodeComparison(questionnaire, link);
    expect(decoded?.entries).toHaveLength(1);
    expect(decoded?.refused.map(({ position, reason }) => ({ position, reason }))).toEqual([
      { position: 2, reason: 'malformed' },
    ]);
  });

  test('a typed label loses them', () => {
    expect(tidyLabel('HR\u202Egnp.exe\u200F')).toBe('HRgnp.exe');
  });
});
