import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGuideFacts, readGuide, readGuides, readSourceNames } from '../../src/integrations/guide-check';
import { findUnsourcedClaims } from '../../src/lib/guides/fact-check';

const names = readSourceNames('.');

describe('source markers on figures and names', () => {
  test.each([
    // a figure inside a marker is sourced
    ['<Fact source="valkenburg">97%</Fact> of them', []],
    // a bare figure is not
    ['97% of them', ['figure:97%']],
    // a year is a figure too
    ['by 2030', ['figure:2030']],
    // list numbers, heading ids and link targets are not figures
    ['1. First\n<h2 id="step-2">Two</h2> [x](../a-1/)', []],
    // a name only one source reports needs that source
    ['Pershing did it.', ['name:Pershing']],
    // and the right one
    ['<Fact source="ormit">Pershing did it.</Fact>', ['wrong-source:Pershing']],
    // a name inside its own source's marker passes
    ['<Fact source="genz-press">John Steines at Cigna</Fact>', []],
  ])('%j reports %j', (text, expected) => {
    expect(findUnsourcedClaims(text, names).map((c) => `${c.reason}:${c.text}`)).toEqual(expected);
  });

  test('the fixture fails with one message per problem, naming file and line', () => {
    const problems = checkGuideFacts(readGuide('test/fixtures/guide-facts', 'unsourced.mdx'), names);
    expect(problems).toEqual([
      'unsourced.mdx:22: the figure "500" needs a <Fact source="..."> marker',
      'unsourced.mdx:24: "Jack Welch" needs <Fact source="valkenburg">',
      'unsourced.mdx:26: "Kristin Royston" is cited to the wrong source; it belongs to "genz-press"',
      'unsourced.mdx: <Fact source="ormit"> cites a source missing from sources:',
    ]);
  });

  test.each(['en', 'nl'])('every %s guide marks its figures and names, and cites every source it lists', (lang) => {
    const problems = readGuides('.', lang).flatMap((guide) => checkGuideFacts(guide, names));
    expect(problems).toEqual([]);
  });

  test.each(['en', 'nl'])(
    '%s titles, summaries and takeaways hold no figure or name: those live in the text',
    (lang) => {
      const problems = readGuides('.', lang).flatMap((guide) => {
        const front = readFileSync(guide.file, 'utf8').split('\n---')[0] ?? '';
        const shown = front
          .split('\n')
          .filter((line) => /^(title|summary):|^\s+- /.test(line))
          .join('\n');
        return findUnsourcedClaims(shown, names).map((c) => `${guide.file}: ${c.text}`);
      });
      expect(problems).toEqual([]);
    },
  );
});

// The rescheduling rule lives in content/pilot/rhythm.yaml and is printed with <PilotFact fact="reschedule" />;
// a window typed by hand ("a new date within two weeks") drifts from it, as the FAQ once did.
const TYPED_WINDOW =
  /\b(?:within|binnen) (?:a|an|one|two|three|four|een|één|twee|drie|vier|\d+) (?:days?|weeks?|dagen|weken)\b/giu;
const typedWindows = (text: string): string[] => [...text.matchAll(TYPED_WINDOW)].map((m) => m[0]);

describe('the rescheduling window comes from the pilot file', () => {
  test.each([
    // typed by hand, in either language
    ['It gets a new date within two weeks.', ['within two weeks']],
    ['krijgt binnen een week een nieuwe datum', ['binnen een week']],
    ['within 10 days', ['within 10 days']],
    // printed from the pilot file, or unrelated wording
    ['a new date <PilotFact fact="reschedule" />', []],
    ['within the pair, within weeks of the start', []],
  ])('%j has the typed windows %j', (text, expected) => {
    expect(typedWindows(text)).toEqual(expected);
  });

  test.each(['en', 'nl'])('no %s guide or template types a rescheduling window by hand', (lang) => {
    const files = [...readGuides('.', lang), ...readGuides('.', lang, 'content/templates')];
    expect(files.flatMap((file) => typedWindows(file.body).map((found) => `${file.file}: "${found}"`))).toEqual([]);
  });
});
