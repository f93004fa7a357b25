import { describe, expect, test } from 'vitest';
import { readGuides } from '../../src/integrations/guide-check';
import { compareGuideSkeletons, guideSkeleton } from '../../src/lib/guides/translation-parity';
import { markdownSectionHeadings } from '../../src/lib/guides/outline';

const english = readGuides('.', 'en');
const dutch = readGuides('.', 'nl');
const base = '<h2 id="a">A</h2>\n<Fact source="x">97%</Fact> [link](../b/#c)\n<h3 id="d">D</h3>\n<PilotHours />';

describe('the Dutch guides follow the English ones', () => {
  test.each([
    // the same skeleton in other words passes
    [
      '<h2 id="a">Een</h2>\n<Fact source="x">97 procent</Fact> [koppeling](../b/#c)\n<h3 id="d">Dee</h3>\n<PilotHours />',
      [],
    ],
    // a heading id that differs
    [base.replace('id="d"', 'id="e"'), ['ids']],
    // a figure that differs
    [base.replace('97%', '79%'), ['figures']],
    // a link that points elsewhere
    [base.replace('#c', '#z'), ['links']],
    // a fact cited to another source
    [base.replace('source="x"', 'source="y"'), ['sources']],
    // a missing component
    [base.replace('<PilotHours />', ''), ['components']],
    // an extra section
    [`${base}\n<h2 id="f">F</h2>`, ['ids', 'headings']],
  ])('%j differs from the original in %j', (translation, parts) => {
    const differences = compareGuideSkeletons(guideSkeleton(base), guideSkeleton(translation));
    expect(differences.map((line) => line.split(':')[0])).toEqual(parts);
  });

  test('both languages have the same guides', () => {
    expect(dutch.map((g) => g.file.replace('/nl/', '/'))).toEqual(english.map((g) => g.file.replace('/en/', '/')));
  });

  test.each(english.map((guide, i) => [guide.file, guide, dutch[i]] as const))(
    '%s and its Dutch version share sections, figures, sources and links',
    (_file, original, translation) => {
      expect(translation).toBeDefined();
      expect(compareGuideSkeletons(guideSkeleton(original.body), guideSkeleton(translation?.body ?? ''))).toEqual([]);
    },
  );

  test.each([...english, ...dutch].map((guide) => [guide.file, guide] as const))(
    '%s writes its sections as <h2 id="...">, so they have fixed ids and show under "On this page"',
    (_file, guide) => {
      expect(markdownSectionHeadings(guide.body)).toEqual([]);
    },
  );
});
