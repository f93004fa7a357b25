// The advice over the whole answer space, in npm test: a seeded sample of 50,000 complete answer sets
// checked with the site's own model. `npm run audit:model` checks the decision on every answer set;
// here the result's texts are checked too: every sentence is true of this organisation.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compile, decide, ladder } from '../../audit/exhaustive';
import {
  assessReadiness,
  DIMENSION_IDS,
  recommendForAnswers,
  scoreNumbers,
  scoreDimensions,
  type Answers,
  type ReadinessAssessment,
} from '../../../src/lib/questionnaire';
import { completeAnswers, questionnaire } from './support';

const SAMPLE = fc.sample(completeAnswers(), { numRuns: 50_000, seed: 20261206 });
const strong = questionnaire.bands.strong;
const reverseOnly = new Set(
  questionnaire.questions.flatMap((q) => (q.kind === 'readiness' && q.reverseOnly ? [q.id] : [])),
);

/**
 * Next steps that ask for something, and the answers that say it is already in place. Written from the
 * questions' own words, apart from the steps' `when` conditions, so a step shown to an organisation
 * that has done it fails here.
 */
const ALREADY_DONE: readonly { step: RegExp; done: (a: Answers) => boolean }[] = [
  { step: /sponsor the programme/, done: (a) => a.sponsor === 'active' || a.sponsor === 'quiet' },
  { step: /^Write down one or two goals/, done: (a) => a.goal === 'written' },
  { step: /time for the meetings comes from/, done: (a) => a['protected-time'] !== 'none' },
  { step: /stays private, and that managers and HR/, done: (a) => a.confidential !== 'reported' },
  { step: /what they did with ideas from staff/, done: (a) => a['acts-on-ideas'] !== 'rarely' },
  { step: /^Find juniors who want to mentor/, done: (a) => a['juniors-willing'] !== 'none' },
  { step: /juniors' managers that mentoring counts/, done: (a) => a['junior-release'] !== 'no' },
];

/** The programme each sheet is written for, read from its frontmatter here rather than through the loader. */
const SHEET_PROGRAMMES: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync('content/templates/en').map((file) => {
    const frontmatter = yaml.load(readFileSync(`content/templates/en/${file}`, 'utf8').split('---')[1] ?? '');
    return [file.replace(/\.mdx$/, ''), (frontmatter as { programme: string }).programme];
  }),
);

/** Sheets that help with one lack, and the answers that say it is lacking: from the sheets' purposes. */
const SHEET_NEEDED: Readonly<Record<string, (a: Answers) => boolean>> = {
  'sponsor-conversation': (a) => a.sponsor === 'not-asked' || a.sponsor === 'doubtful',
  'goals-session': (a) => a.goal === 'rough' || a.goal === 'sounds-modern',
  'confidentiality-agreement': (a) => a.confidential === 'reported',
};

/** Words only reverse-mentoring advice uses: juniors who mentor seniors and speak up to them, and groups. */
const REVERSE_WORDS =
  /mentor a senior|juniors to speak up|juniors' managers|junior colleague as mentor|seniors what they want to learn|\bgroups?\b/;

/** The figure each aim may quote; a step quoting another aim's figure does not fit this organisation. */
const FIGURES: Readonly<Record<string, RegExp>> = {
  'digital-ai': /PwC|digital skills/,
  'diversity-inclusion': /unconscious bias/,
  'culture-change': /culture change|blind spots/,
};

/** Every sentence on the result that could say something about the organisation, in English (the rhythm aside). */
function texts(assessment: ReadinessAssessment): string[] {
  return [
    assessment.recommendation.summary.en,
    assessment.explanation.en,
    ...assessment.decision.reasons.map((finding) => finding.rule.explanation.en),
    ...assessment.nextSteps.map((step) => step.text.en),
    ...assessment.improvements.map((improvement) => improvement.text.en),
    assessment.pilot.size.en,
  ];
}

describe('the whole answer space (a seeded sample of 50,000 answer sets)', () => {
  it('the audit’s compiled model decides exactly as the site’s model', () => {
    const programmes = new Map<string, ReturnType<typeof compile>>();
    for (const answers of SAMPLE.slice(0, 20_000)) {
      const site = recommendForAnswers(questionnaire, answers);
      const compiled = programmes.get(site.programme) ?? compile(questionnaire, site.programme);
      programmes.set(site.programme, compiled);
      const digits = compiled.questions.map((q) => q.options.indexOf(answers[q.id]!));
      const groupsRuledOut = answers.seniors === '1-2' || answers.juniors === '1-2';
      const fast = decide(compiled, { programme: site.programme, groupsRuledOut }, digits);
      expect(ladder(site.programme)[fast.level]).toBe(site.format);
    }
  }, 60_000);

  it('every sentence is true of the organisation, in the summary, reasons, steps and improvements', () => {
    for (const answers of SAMPLE) {
      const assessment = assessReadiness(questionnaire, answers);
      const { decision } = assessment;
      const scores = scoreNumbers(scoreDimensions(questionnaire, answers));
      const notStrong = DIMENSION_IDS.filter((id) => scores[id] < strong);

      // Reasons only for conditions that are below their line, or answers that are knock-outs.
      for (const finding of decision.reasons) {
        if (finding.kind === 'dimension') expect(scores[finding.dimension]).toBeLessThan(finding.threshold);
        if (finding.kind === 'answer') expect(answers[finding.questionId]).toBe(finding.optionId);
        if (finding.kind === 'count') {
          expect(finding.dimensions.length).toBeGreaterThanOrEqual(finding.atLeast);
          for (const id of finding.dimensions) expect(scores[id]).toBeLessThan(finding.threshold);
        }
      }
      // "Nothing holds you back" only when every condition is strong; pairs never with a reason.
      const allClear = assessment.explanation.en.startsWith('Nothing holds you back');
      expect(allClear).toBe(decision.format === 'reverse-pairs' && notStrong.length === 0);
      if (decision.format === 'reverse-pairs') expect(decision.reasons).toEqual([]);
      // The foundations summary names what holds the organisation back, and nothing that does not.
      if (decision.format === 'foundations') {
        expect(assessment.recommendation.summary.en).not.toContain('{holding}');
        for (const dimension of questionnaire.dimensions) {
          const named = assessment.recommendation.summary.en.toLowerCase().includes(dimension.label.en.toLowerCase());
          const holds = decision.holding.some(
            (f) =>
              (f.kind === 'dimension' && f.dimension === dimension.id) ||
              (f.kind === 'count' && f.dimensions.includes(dimension.id)) ||
              (f.kind === 'answer' &&
                questionnaire.questions.some(
                  (q) => q.id === f.questionId && q.kind === 'readiness' && q.dimension === dimension.id,
                )),
          );
          expect(named).toBe(holds);
        }
      }
      // No next step asks for what the answers say is in place, and figures fit the aim.
      for (const step of assessment.nextSteps) {
        for (const rule of ALREADY_DONE) if (rule.step.test(step.text.en)) expect(rule.done(answers)).toBe(false);
        for (const [aim, figure] of Object.entries(FIGURES)) {
          if (figure.test(step.text.en)) expect(answers.aim).toBe(aim);
        }
      }
      // Sheets fit: written for this programme or for every one, offered only for what is lacking, and
      // every sheet a step links is in the list. No reverse-mentoring step, risk or improvement for
      // the other programmes.
      for (const slug of assessment.templates) {
        expect(['all', decision.programme]).toContain(SHEET_PROGRAMMES[slug]);
        if (slug in SHEET_NEEDED) expect(SHEET_NEEDED[slug]!(answers)).toBe(true);
      }
      for (const step of assessment.nextSteps) {
        if (step.template) expect(assessment.templates).toContain(step.template);
      }
      if (decision.programme !== 'reverse') {
        const advice = [...assessment.nextSteps, ...assessment.risks, ...assessment.improvements];
        for (const { text } of advice) expect(text.en).not.toMatch(REVERSE_WORDS);
      }
      // Improvements fit the programme: no reverse-mentoring actions for a buddy system or traditional mentoring.
      if (decision.programme !== 'reverse') {
        for (const improvement of assessment.improvements) expect(reverseOnly.has(improvement.questionId)).toBe(false);
      }
      // Groups only with enough people to fill one, and never more pairs than either side has.
      if (decision.format === 'reverse-groups') {
        expect(answers.seniors).not.toBe('1-2');
        expect(answers.juniors).not.toBe('1-2');
      }
      // One rhythm: only the pilot's rhythm, filled in from content/pilot/rhythm.yaml, says how often.
      for (const text of texts(assessment)) expect(text).not.toMatch(/\bmonthly\b|\bonce a month\b|\ba month\b/i);
      // Every value filled in, in both languages: no "{holding}" or "undefined" left in a sentence.
      const everyText = [
        assessment.recommendation.summary,
        assessment.explanation,
        assessment.pilot.size,
        assessment.pilot.rhythm,
        ...assessment.nextSteps.map((step) => step.text),
        ...assessment.risks.map((risk) => risk.text),
        ...assessment.improvements.map((improvement) => improvement.text),
      ].flatMap((text) => [text.en, text.nl]);
      for (const text of everyText) expect(text).not.toMatch(/\{[a-zA-Z]+\}|\bundefined\b|\bNaN\b/);
    }
  }, 300_000);

  it('a marginal result starts smaller, and no pilot is bigger than its seniors or juniors allow', () => {
    for (const answers of SAMPLE.slice(0, 5_000)) {
      const { pilot, decision } = assessReadiness(questionnaire, answers);
      const scores = scoreNumbers(scoreDimensions(questionnaire, answers));
      const size = (id: string) =>
        questionnaire.questions
          .find((q) => q.id === id)!
          .options.find((o) => o.id === answers[id] && 'pilotSize' in o && o.pilotSize)!;
      const seniors = (size('seniors') as { pilotSize: { pairs: number } }).pilotSize.pairs;
      const juniors = (size('juniors') as { pilotSize: { pairs: number } }).pilotSize.pairs;
      expect(pilot.pairs).toBeLessThanOrEqual(Math.min(seniors, juniors));
      if (decision.format === 'reverse-pairs' && DIMENSION_IDS.some((id) => scores[id] < strong)) {
        expect(pilot.pairs).toBeLessThanOrEqual(questionnaire.reducedPilot.pairs);
      }
    }
  }, 120_000);
});
