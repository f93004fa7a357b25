import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GUIDE_ANCHORS } from '../../../src/data/guide-anchors';
import {
  loadQuestionnaire,
  parseQuestionnaireYaml,
  QUESTIONNAIRE_FILE,
  readSourceIds,
  sheetProgrammeOf,
} from '../../../src/data/load-questionnaire';
import { parseQuestionnaire, QuestionnaireError } from '../../../src/data/questionnaire-checks';
import { DIMENSION_IDS } from '../../../src/lib/questionnaire';

const FIXTURES = 'test/fixtures/questionnaire';
// Raw YAML before validation, `any` on purpose (eslint.config.js allows it in this file).
type Raw = Record<string, any>;
const SOURCES = readSourceIds();

/** The rule with this id in raw questionnaire data. */
const ruleIn = (r: Raw, id: string): Raw => r.rules.find((rule: Raw) => rule.id === id);

/** The problems a questionnaire file is rejected with, or [] when it is valid. */
function problemsOf(load: () => unknown): string[] {
  try {
    load();
    return [];
  } catch (error) {
    if (error instanceof QuestionnaireError) return [...error.problems];
    return [(error as Error).message];
  }
}

describe('the real questionnaire file', () => {
  it('validates', () => {
    expect(problemsOf(() => loadQuestionnaire())).toEqual([]);
  });

  // Version 3 added the junior side (how many juniors, their release, their willingness): 21 at most.
  it('content check: 14 to 21 questions, at least two of them for every dimension', () => {
    const q = loadQuestionnaire();
    expect(q.questions.length).toBeGreaterThanOrEqual(14);
    expect(q.questions.length).toBeLessThanOrEqual(21);
    for (const id of DIMENSION_IDS) {
      expect(q.questions.filter((x) => x.kind === 'readiness' && x.dimension === id).length, id).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('gives every question a "why we ask" text', () => {
    expect(
      loadQuestionnaire()
        .questions.filter((x) => !x.why)
        .map((x) => x.id),
    ).toEqual([]);
  });
});

describe('the programme of each template sheet, which the loader adds', () => {
  it('is read from every sheet of the real content', () => {
    const questionnaire = loadQuestionnaire();
    expect(questionnaire.sheetProgrammes['buddy-checklist']).toBe('buddy');
    expect(questionnaire.sheetProgrammes['sponsor-conversation']).toBe('reverse');
    expect(questionnaire.sheetProgrammes['readiness-retake']).toBe('all');
  });

  it('is read from a sheet’s frontmatter, and a missing or unknown one fails naming the file and the field', () => {
    const good = readFileSync('test/fixtures/templates/en/good.mdx', 'utf8');
    expect(sheetProgrammeOf('good.mdx', good)).toBe('reverse');
    expect(() => sheetProgrammeOf('x.mdx', good.replace(/^programme: .*\n/m, ''))).toThrow(
      'x.mdx: programme: must be one of reverse, buddy, traditional, all, got undefined',
    );
    expect(() => sheetProgrammeOf('x.mdx', good.replace(/^programme: .*$/m, 'programme: everyone'))).toThrow(
      'got "everyone"',
    );
    expect(() => sheetProgrammeOf('x.mdx', 'no frontmatter')).toThrow('x.mdx: no frontmatter');
  });
});

describe('invalid fixture files', () => {
  const cases: { file: string; problem: string }[] = [
    // A required field left out.
    { file: 'invalid-missing-field.yaml', problem: 'questions[4].weight: is missing' },
    // A typo in a dimension name.
    {
      file: 'invalid-unknown-dimension.yaml',
      problem:
        'questions[4].dimension: unknown dimension "suport"; expected one of support, confidentiality, time, goals, openness, structure',
    },
    // A threshold above 100.
    {
      file: 'invalid-threshold-out-of-range.yaml',
      problem: 'rules[3].when.below: must be a whole number from 0 to 100, got 140',
    },
    // A text with English only.
    { file: 'invalid-missing-dutch.yaml', problem: 'questions[4].prompt.nl: is missing' },
    // The same option id twice in one question.
    {
      file: 'invalid-duplicate-option.yaml',
      problem: 'questions[4].options[1].id: duplicate option id "yes" in question "sponsor"',
    },
    // A link to a guide section that does not exist.
    {
      file: 'invalid-guide-anchor.yaml',
      problem:
        'questions[4].link.section: unknown section "support-from-above" in guide "when-it-works-and-fails"; expected one of ' +
        (GUIDE_ANCHORS['when-it-works-and-fails'] ?? []).join(', '),
    },
    // Broken YAML: named with its line and column.
    {
      file: 'invalid-yaml-syntax.yaml',
      problem: 'line 14, column 4: YAML syntax error: bad indentation of a sequence entry',
    },
  ];
  it.each(cases)('$file is rejected with one message naming the file and the field', ({ file, problem }) => {
    expect(problemsOf(() => loadQuestionnaire(`${FIXTURES}/${file}`))).toEqual([`${FIXTURES}/${file}: ${problem}`]);
  });

  it('accepts the minimal fixture they are all made from', () => {
    expect(problemsOf(() => loadQuestionnaire(`${FIXTURES}/minimal.yaml`))).toEqual([]);
  });

  it('puts every problem in the thrown message, one per line, after a count', () => {
    const error = (() => {
      try {
        loadQuestionnaire(`${FIXTURES}/invalid-missing-dutch.yaml`);
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected the file to be rejected');
    })();
    expect(error.message).toBe(
      `Invalid questionnaire, 1 problem:\n${FIXTURES}/invalid-missing-dutch.yaml: questions[4].prompt.nl: is missing`,
    );
  });
});

describe('single mistakes in the real content', () => {
  const source = readFileSync(QUESTIONNAIRE_FILE, 'utf8');
  // Raw YAML is untyped on purpose: these tests break it in ways the real types forbid.
  const cases: { name: string; mutate: (raw: Raw) => void; problem: string }[] = [
    // A misspelt field name is reported, and so is the field it should have been.
    {
      name: 'a misspelt field',
      mutate: (r) => {
        r.questions[4].wieght = r.questions[4].weight;
        delete r.questions[4].weight;
      },
      problem: 'questions[4].wieght: unknown field',
    },
    // Two questions with the same id would mix up saved answers.
    {
      name: 'a duplicate question id',
      mutate: (r) => {
        r.questions[5].id = 'sponsor';
      },
      problem: 'questions[5].id: duplicate question id "sponsor" (also questions[4])',
    },
    // Built-in property names are refused as ids.
    {
      name: 'a reserved question id',
      mutate: (r) => {
        r.questions[5].id = 'constructor';
      },
      problem: 'questions[5].id: "constructor" is a reserved word',
    },
    // Ids are lowercase with dashes.
    {
      name: 'an id with capitals',
      mutate: (r) => {
        r.questions[5].id = 'LeadersJoin';
      },
      problem: 'questions[5].id: must be lowercase letters, digits and dashes, e.g. "protected-time"',
    },
    // Bands must go up.
    {
      name: 'bands in the wrong order',
      mutate: (r) => {
        r.bands.developing = 80;
      },
      problem: 'bands.strong: must be above bands.developing (80)',
    },
    // A version above 35 does not fit the share code's single character.
    {
      name: 'a version too high for a share code',
      mutate: (r) => {
        r.version = 36;
      },
      problem: 'version: must be a whole number from 1 to 35, got 36',
    },
    // Points are printed on paper, so they are whole numbers.
    {
      name: 'fractional points',
      mutate: (r) => {
        r.questions[4].options[0].points = 2.5;
      },
      problem: 'questions[4].options[0].points: must be a whole number from 0 to 10, got 2.5',
    },
    // A question where every answer scores 0 would divide by zero.
    {
      name: 'a question whose options all score 0',
      mutate: (r) => {
        for (const o of r.questions[5].options) o.points = 0;
      },
      problem: 'questions[5].options: at least one option must give more than 0 points',
    },
    // Context questions have fixed ids.
    {
      name: 'an unknown context question',
      mutate: (r) => {
        r.questions[3].id = 'region';
      },
      problem:
        'questions[3].id: unknown context question "region"; expected one of aim, setting, seniors, juniors, role',
    },
    // Every context option the model knows must be there.
    {
      name: 'a context question missing an option',
      mutate: (r) => {
        r.questions[3].options.pop();
      },
      problem: 'questions[3].options: missing option "remote" for context question "setting"',
    },
    // Only known context options are allowed.
    {
      name: 'an unknown context option',
      mutate: (r) => {
        r.questions[0].options[0].id = 'welcome';
      },
      problem:
        'questions[0].options[0].id: unknown option "welcome" for context question "aim"; expected one of onboarding, career-growth, digital-ai, diversity-inclusion, culture-change',
    },
    // The seniors options set the pilot size.
    {
      name: 'a seniors option without a pilot size',
      mutate: (r) => {
        delete r.questions[1].options[0].pilotSize;
      },
      problem: 'questions[1].options[0].pilotSize: is missing',
    },
    // Other context options have none.
    {
      name: 'a pilot size on a setting option',
      mutate: (r) => {
        r.questions[3].options[0].pilotSize = { pairs: 1, groups: 1 };
      },
      problem:
        'questions[3].options[0].pilotSize: only options of the "seniors" and "juniors" questions have a pilot size',
    },
    // A question of an unknown kind.
    {
      name: 'an unknown question kind',
      mutate: (r) => {
        r.questions[4].kind = 'opinion';
      },
      problem: 'questions[4].kind: kind must be "readiness" or "context"',
    },
    // A whole context question missing.
    {
      name: 'a missing context question',
      mutate: (r) => {
        r.questions.splice(3, 1);
      },
      problem: 'questions: missing context question "setting"',
    },
    // Every dimension needs at least one question.
    {
      name: 'a dimension without questions',
      mutate: (r) => {
        for (const q of r.questions) if (q.dimension === 'goals') q.dimension = 'structure';
      },
      problem: 'questions: no readiness question for dimension "goals"',
    },
    // Every dimension must be described.
    {
      name: 'a missing dimension',
      mutate: (r) => {
        r.dimensions.splice(3, 1);
      },
      problem: 'dimensions: missing dimension "goals"',
    },
    // ... once.
    {
      name: 'a duplicate dimension',
      mutate: (r) => {
        r.dimensions[3].id = 'time';
      },
      problem: 'dimensions[3].id: duplicate dimension "time"',
    },
    // A rule either decides the format or caps it.
    {
      name: 'a rule that neither decides nor caps',
      mutate: (r) => {
        delete ruleIn(r, 'time-weak').caps;
      },
      problem:
        'rules[15]: needs exactly one of "decides" (chooses the format), "caps" (holds the format back) or "rulesOut" (a format that cannot be advised)',
    },
    // A rule on a score must say where its line is.
    {
      name: 'a score rule without its line',
      mutate: (r) => {
        delete ruleIn(r, 'time-weak').when.below;
      },
      problem:
        'rules[15].when: must be { question, options }, { dimension, below }, { dimensionsBelow, atLeast } or { otherwise: true }',
    },
    // A score alone may hold the format back, never choose it.
    {
      name: 'a score rule that decides',
      mutate: (r) => {
        const rule = ruleIn(r, 'time-weak');
        delete rule.caps;
        rule.decides = 'buddy';
      },
      problem: 'rules[15]: a rule on scores can only cap the format; use "caps"',
    },
    // Knock-outs sit on a question's worst answers, or a better answer could give a less ready format.
    {
      name: 'a knock-out on a better answer only',
      mutate: (r) => {
        ruleIn(r, 'same-reporting-line').when.options = ['mostly'];
      },
      problem:
        'rules[10].when.options: "hardly" scores no more than a knock-out answer of "reporting-line", so it must be listed too',
    },
    // A knock-out names a real answer.
    {
      name: 'a knock-out on an unknown answer',
      mutate: (r) => {
        ruleIn(r, 'no-goal').when.options = ['sounds-trendy'];
      },
      problem: 'rules[3].when.options[0]: unknown option "sounds-trendy" for question "goal"',
    },
    // The reasoning names a real source.
    {
      name: 'an unknown source',
      mutate: (r) => {
        ruleIn(r, 'no-goal').sources = ['hbr'];
      },
      problem: 'rules[3].sources[0]: unknown source "hbr"; expected one of valkenburg',
    },
    // "Otherwise" ends the list.
    {
      name: 'an "otherwise" rule before the end',
      mutate: (r) => {
        r.rules.unshift(r.rules.pop());
      },
      problem: 'rules[0].when: only the last rule may be "otherwise"',
    },
    // Rule ids are unique.
    {
      name: 'a duplicate rule id',
      mutate: (r) => {
        ruleIn(r, 'time-weak').id = 'no-goal';
      },
      problem: 'rules[15].id: duplicate rule id "no-goal"',
    },
    // Lines run from 0 to 100 (a line of 0 never holds).
    {
      name: 'a line above 100',
      mutate: (r) => {
        ruleIn(r, 'time-weak').when.below = 140;
      },
      problem: 'rules[15].when.below: must be a whole number from 0 to 100, got 140',
    },
    // Every format needs its recommendation.
    {
      name: 'a missing recommendation',
      mutate: (r) => {
        delete r.recommendations.buddy;
      },
      problem: 'recommendations.buddy: is missing',
    },
    // Template slugs are fixed.
    {
      name: 'an unknown template',
      mutate: (r) => {
        r.recommendations.buddy.templates[0] = 'welcome-pack';
      },
      problem: 'recommendations.buddy.templates[0]: unknown template "welcome-pack"',
    },
    // Guide slugs are checked as well as sections.
    {
      name: 'an unknown guide',
      mutate: (r) => {
        r.dimensions[0].link.guide = 'no-such-guide';
      },
      problem: 'dimensions[0].link.guide: unknown guide "no-such-guide"',
    },
    // Links inside next steps are checked too.
    {
      name: 'a bad link in a next step',
      mutate: (r) => {
        r.recommendations.foundations.nextSteps[0].link.section = 'roi';
      },
      problem:
        'recommendations.foundations.nextSteps[0].link.section: unknown section "roi" in guide "what-is-reverse-mentoring"',
    },
    // A risk must name a real question.
    {
      name: 'a risk on an unknown question',
      mutate: (r) => {
        r.risks[1].when.question = 'expectation';
      },
      problem: 'risks[1].when.question: unknown question "expectation"',
    },
    // ... and real options of it.
    {
      name: 'a risk on an unknown option',
      mutate: (r) => {
        r.risks[1].when.options[0] = 'one-sided';
      },
      problem: 'risks[1].when.options[0]: unknown option "one-sided" for question "expectations"',
    },
    // Risk ids are unique.
    {
      name: 'a duplicate risk id',
      mutate: (r) => {
        r.risks[1].id = r.risks[0].id;
      },
      problem: 'risks[1].id: duplicate risk id "window-dressing"',
    },
    // Risks limited to formats name known formats.
    {
      name: 'a risk for an unknown format',
      mutate: (r) => {
        r.risks[0].formats = ['mentoring-circles'];
      },
      problem: 'risks[0].formats[0]: unknown format "mentoring-circles"',
    },
    // A risk trigger is one of two shapes.
    {
      name: 'a risk trigger of neither shape',
      mutate: (r) => {
        r.risks[0].when = { score: 10 };
      },
      problem: 'risks[0].when: must be { question, options }, { dimension, below } or { dimensionsBelow, atLeast }',
    },
    // Texts may not be empty.
    {
      name: 'an empty Dutch text',
      mutate: (r) => {
        r.questions[4].improve.nl = '  ';
      },
      problem: 'questions[4].improve.nl: must not be empty',
    },
    // Texts are text.
    {
      name: 'a number as text',
      mutate: (r) => {
        r.questions[4].prompt.en = 42;
      },
      problem: 'questions[4].prompt.en: must be text',
    },
    // Only the third language is not allowed.
    {
      name: 'a third language',
      mutate: (r) => {
        r.questions[4].prompt.fr = 'Sponsor ?';
      },
      problem: 'questions[4].prompt.fr: unknown field',
    },
    // A misspelt placeholder would show up as {sore} on the page.
    {
      name: 'an unknown placeholder',
      mutate: (r) => {
        r.recommendations.traditional.pilot.size.en = 'Pairs: {pears}';
      },
      problem:
        'recommendations.traditional.pilot.size.en: unknown placeholder {pears}; allowed here: {pairs}, {groups}',
    },
    // Placeholders belong to the texts that fill them.
    {
      name: 'a placeholder where none is filled',
      mutate: (r) => {
        r.questions[4].prompt.en = 'Sponsor {score}?';
        r.questions[4].prompt.nl = 'Sponsor {score}?';
      },
      problem: 'questions[4].prompt.en: unknown placeholder {score}',
    },
    // Both languages use the same placeholders.
    {
      name: 'a placeholder only in English',
      mutate: (r) => {
        r.recommendations['reverse-pairs'].pilot.size.nl = "Een paar duo's";
      },
      problem: 'recommendations.reverse-pairs.pilot.size.nl: uses placeholders [] but the English text uses ["pairs"]',
    },
    // Ids so long that a saved state would pass the decoder's limit.
    {
      name: 'ids too long for a saved state',
      mutate: (r) => {
        for (const q of r.questions.slice(4, -1)) q.options[0].id = `${q.options[0].id}-${'x'.repeat(30)}`;
        for (const k of r.risks)
          if (k.when.question) k.when.options = [r.questions.find((q: Raw) => q.id === k.when.question).options[0].id];
      },
      problem: 'questions: question and option ids are too long',
    },
  ];
  it.each(cases)('reports $name with the file and field', ({ mutate, problem }) => {
    const raw = load(source) as Raw;
    mutate(raw);
    const problems = problemsOf(() => parseQuestionnaire(raw, QUESTIONNAIRE_FILE, GUIDE_ANCHORS, SOURCES));
    expect(
      problems.some((p) => p.startsWith(`${QUESTIONNAIRE_FILE}: ${problem}`)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('reports every problem at once, not only the first', () => {
    const raw = load(source) as Raw;
    delete raw.questions[4].weight;
    raw.questions[5].dimension = 'suport';
    raw.rules[2].caps = 'reverse-trios';
    expect(problemsOf(() => parseQuestionnaire(raw, QUESTIONNAIRE_FILE, GUIDE_ANCHORS, SOURCES))).toHaveLength(3);
  });

  it('checks links against the anchors it is given', () => {
    const raw = load(source);
    const withoutSection = { ...GUIDE_ANCHORS, 'what-is-reverse-mentoring': ['definition'] };
    // The first three foundations steps (one per aim, chosen by `when`) all link to that section.
    expect(problemsOf(() => parseQuestionnaire(raw, QUESTIONNAIRE_FILE, withoutSection, SOURCES))).toEqual(
      [0, 1, 2].map(
        (i) =>
          `${QUESTIONNAIRE_FILE}: recommendations.foundations.nextSteps[${i}].link.section: unknown section "beyond-technology" in guide "what-is-reverse-mentoring"; expected one of definition`,
      ),
    );
  });

  it('rejects data that is not a mapping at all', () => {
    expect(problemsOf(() => parseQuestionnaire(null, 'x.yaml', GUIDE_ANCHORS, SOURCES))).toEqual([
      'x.yaml: (whole file): expected object, got null',
    ]);
    expect(problemsOf(() => parseQuestionnaireYaml('- a\n- b\n', 'x.yaml'))).toEqual([
      'x.yaml: (whole file): expected object, got a list',
    ]);
  });
});
