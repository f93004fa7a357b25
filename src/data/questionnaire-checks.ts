// The checks on content/questionnaire/questionnaire.yaml that the schema pieces cannot see alone:
// unique ids, references between questions, rules and risks, the decision list's order, guide links
// against the guides' anchors, rule sources against content/sources.yaml, placeholders, and the
// untrusted-input limits. parseQuestionnaire runs the schema and then these checks, and throws one
// QuestionnaireError that lists every problem as `<file>: <field path>: <problem>`.

import type { GuideAnchors } from './guide-anchors';
import { maxPoints } from '../lib/questionnaire/score';
import { encodeShareCode } from '../lib/questionnaire/share-code';
import { createSavedState, serializeSavedState } from '../lib/questionnaire/saved-state';
import { placeholdersIn } from '../lib/fill-text';
import {
  CONTEXT_IDS,
  CONTEXT_OPTIONS,
  DIMENSION_IDS,
  MAX_UNTRUSTED_INPUT_LENGTH,
  READINESS_ORDER,
  type Answers,
  type Condition,
  type QuestionnaireFile,
} from '../lib/questionnaire/types';
import { formatPath, problemLine, problemsFromIssues, quoted, type Problem } from '../schemas/issues';
import { questionnaireSchema } from '../schemas/questionnaire';

/** Ids that would clash with built-in object properties in the browser. */
const RESERVED_IDS = new Set([
  '__proto__',
  'constructor',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** The error thrown for an invalid questionnaire; its message lists every problem on its own line. */
export class QuestionnaireError extends Error {
  /** Each problem as `<file>: <field path>: <problem>`. */
  readonly problems: readonly string[];
  constructor(fileName: string, problems: readonly Problem[]) {
    const lines = problems.map((problem) => problemLine(fileName, problem));
    super(`Invalid questionnaire, ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'QuestionnaireError';
    this.problems = lines;
  }
}

/** Every place in the file that holds a guide link or a text, with its path. */
function walk(
  value: unknown,
  path: readonly PropertyKey[],
  visit: (value: Record<string, unknown>, path: readonly PropertyKey[]) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], visit));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    visit(record, path);
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key], visit);
  }
}

function allowedPlaceholders(path: readonly PropertyKey[]): readonly string[] {
  const [first, , third, fourth] = path;
  if (first === 'recommendations' && third === 'pilot' && fourth === 'size') return ['pairs', 'groups'];
  if (first === 'recommendations' && third === 'pilot' && fourth === 'rhythm') return ['rhythm'];
  if (first === 'recommendations' && third === 'summary') return ['holding'];
  if (first === 'rules' && third === 'notYetStrong') return ['conditions'];
  return [];
}

/** The longest saved state this questionnaire can produce, to check it fits the decoders' limit. */
function longestSavedState(questionnaire: QuestionnaireFile): string {
  const answers: Answers = Object.fromEntries(
    questionnaire.questions.map((q) => [q.id, q.options.reduce((a, b) => (b.id.length > a.id.length ? b : a)).id]),
  );
  return serializeSavedState(createSavedState(questionnaire, answers, questionnaire.questions.length));
}

/** Checks the decision list: see the comment where it is called. */
function checkRules(
  questionnaire: QuestionnaireFile,
  questionIds: ReadonlyMap<string, number>,
  knownSources: readonly string[],
  add: (path: readonly PropertyKey[], message: string) => void,
): void {
  const rules = questionnaire.rules;
  const ruleIds = rules.map((rule) => rule.id);
  rules.forEach((rule, i) => {
    const at = (...rest: PropertyKey[]) => ['rules', i, ...rest];
    if (ruleIds.indexOf(rule.id) !== i) add(at('id'), `duplicate rule id "${rule.id}"`);
    const effects = [rule.decides, rule.caps, rule.rulesOut].filter((effect) => effect !== undefined);
    if (effects.length !== 1) {
      add(
        at(),
        'needs exactly one of "decides" (chooses the format), "caps" (holds the format back) or "rulesOut" (a format that cannot be advised)',
      );
    }
    if (rule.notYetStrong && !('otherwise' in rule.when)) add(at('notYetStrong'), 'only the last rule may have it');
    if (rule.caps === 'foundations' && !rule.short)
      add(at('short'), 'is missing (a rule that caps at foundations needs it)');
    rule.sources.forEach((source, j) => {
      if (!knownSources.includes(source)) {
        add(
          at('sources', j),
          `unknown source "${source}"; expected one of ${knownSources.join(', ')} (content/sources.yaml)`,
        );
      }
    });
    const when = rule.when;
    if ('otherwise' in when) {
      if (i !== rules.length - 1) add(at('when'), 'only the last rule may be "otherwise"');
      if (!rule.decides || !(READINESS_ORDER as readonly string[]).includes(rule.decides)) {
        add(at('decides'), `the last rule must decide a reverse-mentoring format: ${READINESS_ORDER.join(', ')}`);
      }
      return;
    }
    if (i === rules.length - 1) add(at('when'), 'the last rule must be { otherwise: true }');
    if ('dimension' in when || 'dimensionsBelow' in when) {
      if (!rule.caps) add(at(), 'a rule on scores can only cap the format; use "caps"');
      return;
    }
    const index = questionIds.get(when.question);
    const question = index === undefined ? undefined : questionnaire.questions[index];
    if (!question) {
      add(at('when', 'question'), `unknown question "${when.question}"`);
      return;
    }
    when.options.forEach((optionId, j) => {
      if (!question.options.some((o) => o.id === optionId)) {
        add(at('when', 'options', j), `unknown option "${optionId}" for question "${when.question}"`);
      }
    });
    if (rule.decides && question.kind !== 'context')
      add(at('decides'), 'only an answer to a context question may decide the format');
    if (rule.rulesOut && question.kind !== 'context')
      add(at('rulesOut'), 'only an answer to a context question may rule a format out');
    if (rule.caps && question.kind === 'readiness') {
      // Monotonicity: an answer with fewer points than a knock-out answer must be a knock-out too.
      const worst = Math.max(...question.options.filter((o) => when.options.includes(o.id)).map((o) => o.points));
      for (const option of question.options) {
        if (option.points <= worst && !when.options.includes(option.id)) {
          add(
            at('when', 'options'),
            `"${option.id}" scores no more than a knock-out answer of "${question.id}", so it must be listed too (a better answer must never give a less ready format)`,
          );
        }
      }
    }
  });
  if (!rules.some((rule) => 'otherwise' in rule.when)) add(['rules'], 'the last rule must be { otherwise: true }');
}

/** Checks what the schema pieces cannot see alone: ids, cross-references, rules, thresholds and placeholders. */
function crossCheckQuestionnaire(
  questionnaire: QuestionnaireFile,
  knownAnchors: GuideAnchors,
  knownSources: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const add = (path: readonly PropertyKey[], message: string) => problems.push({ path: formatPath(path), message });

  // Dimensions: each known dimension exactly once.
  const dimensionIds = questionnaire.dimensions.map((d) => d.id);
  dimensionIds.forEach((id, i) => {
    if (dimensionIds.indexOf(id) !== i) add(['dimensions', i, 'id'], `duplicate dimension "${id}"`);
  });
  for (const id of DIMENSION_IDS) {
    if (!dimensionIds.includes(id)) add(['dimensions'], `missing dimension "${id}"`);
  }

  // Bands must be in order.
  if (questionnaire.bands.developing >= questionnaire.bands.strong) {
    add(['bands', 'strong'], `must be above bands.developing (${questionnaire.bands.developing})`);
  }

  // Questions: unique ids, unique option ids, known context questions with their fixed options.
  const questionIds = new Map<string, number>();
  questionnaire.questions.forEach((question, i) => {
    if (RESERVED_IDS.has(question.id)) add(['questions', i, 'id'], `"${question.id}" is a reserved word`);
    if (questionIds.has(question.id)) {
      add(
        ['questions', i, 'id'],
        `duplicate question id "${question.id}" (also questions[${questionIds.get(question.id)}])`,
      );
    } else {
      questionIds.set(question.id, i);
    }
    const optionIds = question.options.map((o) => o.id);
    optionIds.forEach((id, j) => {
      if (optionIds.indexOf(id) !== j)
        add(['questions', i, 'options', j, 'id'], `duplicate option id "${id}" in question "${question.id}"`);
    });
    if (question.kind === 'readiness') {
      if (maxPoints(question) === 0)
        add(['questions', i, 'options'], 'at least one option must give more than 0 points');
    } else {
      const expected: readonly string[] = CONTEXT_OPTIONS[question.id];
      for (const id of expected) {
        if (!optionIds.includes(id))
          add(['questions', i, 'options'], `missing option "${id}" for context question "${question.id}"`);
      }
      question.options.forEach((option, j) => {
        if (!expected.includes(option.id)) {
          add(
            ['questions', i, 'options', j, 'id'],
            `unknown option "${option.id}" for context question "${question.id}"; expected one of ${expected.join(', ')}`,
          );
        }
        const sized = question.id === 'seniors' || question.id === 'juniors';
        if (sized && !option.pilotSize) add(['questions', i, 'options', j, 'pilotSize'], 'is missing');
        if (!sized && option.pilotSize) {
          add(
            ['questions', i, 'options', j, 'pilotSize'],
            'only options of the "seniors" and "juniors" questions have a pilot size',
          );
        }
      });
    }
  });
  for (const id of CONTEXT_IDS) {
    if (!questionIds.has(id)) add(['questions'], `missing context question "${id}"`);
  }
  for (const id of DIMENSION_IDS) {
    if (!questionnaire.questions.some((q) => q.kind === 'readiness' && q.dimension === id)) {
      add(['questions'], `no readiness question for dimension "${id}"`);
    }
  }

  // Rules: unique ids, known questions and options, exactly one of decides/caps, the right kind of
  // condition for each, "otherwise" last, known sources, and knock-outs only on a question's worst answers.
  checkRules(questionnaire, questionIds, knownSources, add);

  // Conditions of risks and next steps: they name known questions and options.
  const checkCondition = (when: Condition, at: readonly PropertyKey[]) => {
    if (!('question' in when)) return;
    const index = questionIds.get(when.question);
    const question = index === undefined ? undefined : questionnaire.questions[index];
    if (!question) {
      add([...at, 'question'], `unknown question "${when.question}"`);
      return;
    }
    when.options.forEach((optionId, j) => {
      if (!question.options.some((o) => o.id === optionId)) {
        add([...at, 'options', j], `unknown option "${optionId}" for question "${when.question}"`);
      }
    });
  };
  const riskIds = questionnaire.risks.map((r) => r.id);
  questionnaire.risks.forEach((risk, i) => {
    if (riskIds.indexOf(risk.id) !== i) add(['risks', i, 'id'], `duplicate risk id "${risk.id}"`);
    checkCondition(risk.when, ['risks', i, 'when']);
  });
  for (const [format, recommendation] of Object.entries(questionnaire.recommendations)) {
    recommendation.nextSteps.forEach((step, i) =>
      step.when?.forEach((when, j) => checkCondition(when, ['recommendations', format, 'nextSteps', i, 'when', j])),
    );
  }

  // Earlier versions: older than this one, naming only questions that still exist.
  for (const [version, ids] of Object.entries(questionnaire.earlierVersions)) {
    if (Number(version) >= questionnaire.version) {
      add(['earlierVersions', version], `must be older than version ${questionnaire.version}`);
    }
    ids.forEach((id, j) => {
      if (!questionIds.has(id)) add(['earlierVersions', version, j], `unknown question "${id}"`);
    });
  }

  // Guide links and texts, wherever they are.
  walk(questionnaire, [], (value, path) => {
    if (typeof value.guide === 'string' && typeof value.section === 'string') {
      const sections = Object.hasOwn(knownAnchors, value.guide) ? knownAnchors[value.guide] : undefined;
      if (!sections) {
        add(
          [...path, 'guide'],
          `unknown guide "${value.guide}"; expected one of ${Object.keys(knownAnchors).join(', ')}`,
        );
      } else if (!sections.includes(value.section)) {
        add(
          [...path, 'section'],
          `unknown section "${value.section}" in guide "${value.guide}"; expected one of ${sections.join(', ')}`,
        );
      }
    }
    if (typeof value.en === 'string' && typeof value.nl === 'string') {
      const allowed = allowedPlaceholders(path);
      const en = placeholdersIn(value.en);
      const nl = placeholdersIn(value.nl);
      for (const [locale, names] of [
        ['en', en],
        ['nl', nl],
      ] as const) {
        for (const name of names) {
          if (!allowed.includes(name)) {
            add(
              [...path, locale],
              `unknown placeholder {${name}}${allowed.length ? `; allowed here: ${allowed.map((a) => `{${a}}`).join(', ')}` : ''}`,
            );
          }
        }
      }
      if ([...new Set(en)].sort().join() !== [...new Set(nl)].sort().join()) {
        add([...path, 'nl'], `uses placeholders ${quoted(nl)} but the English text uses ${quoted(en)}`);
      }
    }
  });

  // Untrusted-input limits: every valid state must fit what the decoders accept.
  if (problems.length === 0) {
    const longest = longestSavedState(questionnaire).length;
    if (longest > MAX_UNTRUSTED_INPUT_LENGTH) {
      add(
        ['questions'],
        `question and option ids are too long: a saved state can reach ${longest} characters, more than the ${MAX_UNTRUSTED_INPUT_LENGTH} the decoder accepts`,
      );
    }
    if (encodeShareCode(questionnaire, {}).length > MAX_UNTRUSTED_INPUT_LENGTH) {
      add(['questions'], `too many questions for a share code of at most ${MAX_UNTRUSTED_INPUT_LENGTH} characters`);
    }
  }
  return problems;
}

/** Validates raw questionnaire data and returns it typed, or throws a QuestionnaireError listing every problem. */
export function parseQuestionnaire(
  raw: unknown,
  fileName: string,
  knownAnchors: GuideAnchors,
  knownSources: readonly string[],
): QuestionnaireFile {
  const result = questionnaireSchema.safeParse(raw);
  if (!result.success) throw new QuestionnaireError(fileName, problemsFromIssues(raw, result.error.issues));
  const questionnaire: QuestionnaireFile = result.data;
  const problems = crossCheckQuestionnaire(questionnaire, knownAnchors, knownSources);
  if (problems.length > 0) throw new QuestionnaireError(fileName, problems);
  return questionnaire;
}
