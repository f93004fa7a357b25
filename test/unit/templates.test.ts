// The session templates as content: the schema refuses what would print badly or mislead, both
// languages hold the same sheets with the same shape, and the MDX uses only the worksheet components.
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { checkFrontmatter, checkTranslatedContent } from '../../src/integrations/content-check';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { TEMPLATE_SLUGS } from '../../src/lib/questionnaire/types';
import { templateSchema, type TemplateFrontmatter } from '../../src/schemas/template';
import { WORKSHEET_COMPONENT_NAMES } from '../../src/components/worksheet/component-names';
import { loadPilotRhythm } from '../../src/data/load-pilot-rhythm';
import { loadQuestionnaire } from '../../src/data/load-questionnaire';
import { ladderOf } from '../../src/lib/questionnaire/recommend';
import { PROGRAMMES } from '../../src/schemas/questionnaire-ids';
import { PLANNED_FORMATS, type PlannedFormat } from '../../src/lib/planner/types';

const LANGS = ['en', 'nl'] as const;
const CONTENT = 'content/templates';
const fixture = (name: string): string => readFileSync(`test/fixtures/templates/${name}`, 'utf8');
const source = (lang: string, slug: string): string => readFileSync(`${CONTENT}/${lang}/${slug}.mdx`, 'utf8');

/** The parsed frontmatter and MDX body of one real template. */
function template(lang: string, slug: string): { data: TemplateFrontmatter; body: string } {
  const split = splitFrontmatter(source(lang, slug));
  if (!split.ok) throw new Error(`${lang}/${slug}.mdx: ${split.problem}`);
  return { data: templateSchema.parse(yaml.load(split.yaml)), body: split.body };
}

/** The worksheet components a body uses, in order, with their numeric props: the sheet's shape. */
function componentSequence(body: string): string[] {
  return [...body.matchAll(/<([A-Z]\w*)([^>]*)>/g)].map(([, name, props]) => {
    const numbers = [...(props ?? '').matchAll(/(\w+)=\{(\d+)\}/g)].map(([, key, value]) => `${key}=${value}`);
    const flags = [...(props ?? '').matchAll(/\s(tall|box="\w+"|size="\w+")/g)].map(([, flag]) => flag);
    return [name, ...numbers, ...flags].join(' ');
  });
}

describe('template frontmatter', () => {
  test('a complete sheet passes', () => {
    expect(checkFrontmatter('en/good.mdx', fixture('en/good.mdx'), templateSchema)).toEqual([]);
  });

  test.each([
    // the agenda's minutes must add up to the duration, so the printed timings end on time
    ['en/agenda-too-short.mdx', 'en/agenda-too-short.mdx: agenda: the steps add up to 25 minutes but duration says 30'],
    // a sheet with an agenda has a duration in minutes, not in words
    [
      'en/duration-in-words.mdx',
      'en/duration-in-words.mdx: duration: a sheet with an agenda needs a duration in minutes',
    ],
    // a sheet prints on one or two pages, never more
    ['en/three-pages.mdx', 'en/three-pages.mdx: pages:'],
    // the moment is one of before, during, after
    ['en/unknown-moment.mdx', 'en/unknown-moment.mdx: moment:'],
    // the purpose is one line on the index
    ['en/two-line-purpose.mdx', 'en/two-line-purpose.mdx: purpose: must fit on one line'],
    // every sheet says how to prepare
    ['en/no-preparation.mdx', 'en/no-preparation.mdx: preparation:'],
  ])('%s fails naming file and field', (name, expected) => {
    expect(checkFrontmatter(name, fixture(name), templateSchema).join('\n')).toContain(expected);
  });

  test('a sheet in one language only is reported for the language that lacks it', () => {
    const problems = checkTranslatedContent('test/fixtures', [{ folder: 'templates', schema: templateSchema }]).join(
      '\n',
    );
    expect(problems).toContain('templates/en/only-english.mdx has no counterpart templates/nl/only-english.mdx');
  });
});

describe('the real templates', () => {
  test('every template is valid and has its translation', () => {
    expect(checkTranslatedContent('.', [{ folder: CONTENT, schema: templateSchema }])).toEqual([]);
  });

  test.each(LANGS)('the %s folder holds exactly the sheets the questionnaire links to', (lang) => {
    const slugs = readdirSync(`${CONTENT}/${lang}`).map((file) => file.replace(/\.mdx$/, ''));
    expect(slugs.sort()).toEqual([...TEMPLATE_SLUGS].sort());
  });

  test.each(LANGS)('the %s sheets each have their own place in the order', (lang) => {
    const orders = TEMPLATE_SLUGS.map((slug) => template(lang, slug).data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  test.each(TEMPLATE_SLUGS)(
    '%s has the same moment, programme, timings, kit place and length in both languages',
    (slug) => {
      const shape = ({ data }: { data: TemplateFrontmatter }) => ({
        moment: data.moment,
        programme: data.programme,
        order: data.order,
        duration: typeof data.duration === 'number' ? data.duration : 'in words',
        agenda: data.agenda?.map((step) => step.minutes),
        preparation: data.preparation.length,
        inKit: data.inKit,
        pages: data.pages,
      });
      expect(shape(template('nl', slug))).toEqual(shape(template('en', slug)));
    },
  );

  test.each(TEMPLATE_SLUGS)('%s uses the same worksheet components in the same order in both languages', (slug) => {
    expect(componentSequence(template('nl', slug).body)).toEqual(componentSequence(template('en', slug).body));
  });

  test.each(LANGS.flatMap((lang) => TEMPLATE_SLUGS.map((slug) => [lang, slug] as const)))(
    '%s/%s uses only the shared worksheet components and imports nothing',
    (lang, slug) => {
      const { body } = template(lang, slug);
      const used = [...body.matchAll(/<([A-Z]\w*)/g)].map(([, name]) => name);
      expect(used.filter((name) => !(WORKSHEET_COMPONENT_NAMES as readonly string[]).includes(name ?? ''))).toEqual([]);
      expect(body).not.toMatch(/^\s*(import|export)\s/m);
    },
  );

  test('the shape comparison notices a missing prompt', () => {
    // Guards the parity test above against a comparison that can never fail.
    const english = componentSequence('<Prompt lines={2}>A</Prompt>\n<WritingBox size="m" />');
    expect(componentSequence('<WritingBox size="m" />')).not.toEqual(english);
    expect(componentSequence('<Prompt lines={3}>B</Prompt>\n<WritingBox size="m" />')).not.toEqual(english);
  });
});

describe('which programme each sheet serves', () => {
  const fits = (slug: string, programme: string): boolean =>
    ['all', programme].includes(template('en', slug).data.programme);
  const rhythm = loadPilotRhythm();
  const questionnaire = loadQuestionnaire();
  /** Every planned format with the programme it belongs to, from the model's own ladders. */
  const formats = PROGRAMMES.flatMap((programme) =>
    ladderOf(programme)
      .filter((format): format is PlannedFormat => format !== 'foundations')
      .map((format) => [format, programme] as const),
  );

  test.each(formats)(
    'the %s kit and advice use only sheets written for %s mentoring or for every programme',
    (format, programme) => {
      const kit = Object.values(rhythm.formats[format].sheets).flat();
      const advised = questionnaire.recommendations[format].templates;
      expect([...kit, ...advised].filter((slug) => !fits(slug, programme))).toEqual([]);
    },
  );

  test('every planned format is checked, and the check can fail', () => {
    expect(formats.map(([format]) => format).sort()).toEqual([...PLANNED_FORMATS].sort());
    expect(fits('first-meeting', 'traditional')).toBe(false);
    expect(fits('kickoff', 'traditional')).toBe(true);
  });
});

describe('a sheet for every programme', () => {
  /** "the senior" or "the junior" as a role (not "the senior sponsor"), unless the sheet says it means reverse mentoring. */
  const ROLE = {
    en: /\bthe (senior|junior)\b(?! in reverse mentoring| sponsor)/i,
    nl: /(?<!bij reverse mentoring )\bde (senior|junior)\b/i,
  };
  const forAll = TEMPLATE_SLUGS.filter((slug) => template('en', slug).data.programme === 'all');

  test.each(LANGS.flatMap((lang) => forAll.map((slug) => [lang, slug] as const)))(
    '%s %s speaks of mentor and mentee, not of the senior or the junior',
    (lang, slug) => {
      expect(source(lang, slug)).not.toMatch(ROLE[lang]);
    },
  );

  test('the role check finds a senior or junior named as a role', () => {
    expect('If the senior keeps cancelling').toMatch(ROLE.en);
    expect('Mentor (the junior in reverse mentoring)').not.toMatch(ROLE.en);
    expect('The senior sponsor opens').not.toMatch(ROLE.en);
    expect('Zegt de senior steeds af').toMatch(ROLE.nl);
    expect('Mentor (bij reverse mentoring de junior)').not.toMatch(ROLE.nl);
  });
});
