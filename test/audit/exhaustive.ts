// The whole answer space, checked. Every complete set of answers to the scored questions is run
// through a compiled copy of the decision list, once per aim (and per number of seniors and juniors
// that changes the advice), and the properties the advice must have are checked on every one:
//
//   monotone      a better answer never gives a less ambitious format
//   knock-outs    a knock-out answer always holds the format at or below its cap, whatever the aim
//   lines         one-to-one pairs only when no condition is below its line and no caps apply
//   groups        small groups only when there are enough seniors and juniors to fill a group
//
// The compiled copy is plain arithmetic on typed arrays, so 57 million answer sets take seconds. It is
// read from the same questionnaire data as the site, and checked against the site's own model
// (recommendForAnswers) on a sample, so it cannot drift from what users are told. The text-level
// properties (what the result says) are checked with the real model on a seeded sample in npm test
// (test/unit/questionnaire/whole-space.test.ts).
import type { Answers, PilotFormat, Programme, Questionnaire } from '../../src/lib/questionnaire/types.ts';

/** A scored question reduced to numbers: its dimension's index, its weight and each option's points. */
interface CompiledQuestion {
  readonly id: string;
  readonly dimension: number;
  readonly weight: number;
  readonly options: readonly string[];
  readonly points: readonly number[];
}

/** A rule reduced to numbers; `cap` and `rulesOut` are positions on the programme's ladder. */
type CompiledRule =
  | {
      readonly id: string;
      readonly kind: 'answer';
      readonly question: number;
      readonly options: ReadonlySet<number>;
      readonly cap: number;
    }
  | {
      readonly id: string;
      readonly kind: 'dimension';
      readonly dimension: number;
      readonly below: number;
      readonly cap: number;
    }
  | {
      readonly id: string;
      readonly kind: 'count';
      readonly below: number;
      readonly atLeast: number;
      readonly cap: number;
    };

/** The ladder of formats for a programme, least ambitious first (as recommend.ts has it). */
export function ladder(programme: Programme): readonly PilotFormat[] {
  return programme === 'reverse' ? ['foundations', 'reverse-groups', 'reverse-pairs'] : ['foundations', programme];
}

/** One run: a programme, and whether groups are ruled out by the number of seniors or juniors. */
export interface Variant {
  readonly programme: Programme;
  readonly groupsRuledOut: boolean;
}

/** The scored questions and the rules of a programme, compiled. */
export interface CompiledModel {
  readonly questions: readonly CompiledQuestion[];
  readonly dimensions: readonly string[];
  readonly rules: readonly CompiledRule[];
  /** The largest weighted points of each dimension. */
  readonly possible: readonly number[];
  readonly strong: number;
}

/** Compiles the questionnaire's scored questions and the rules that apply to a programme. */
export function compile(questionnaire: Questionnaire, programme: Programme): CompiledModel {
  const dimensions = questionnaire.dimensions.map((d) => d.id as string);
  const questions: CompiledQuestion[] = [];
  for (const q of questionnaire.questions) {
    if (q.kind !== 'readiness') continue;
    questions.push({
      id: q.id,
      dimension: dimensions.indexOf(q.dimension),
      weight: q.weight,
      options: q.options.map((o) => o.id),
      points: q.options.map((o) => o.points),
    });
  }
  const steps = ladder(programme);
  const rules: CompiledRule[] = [];
  for (const rule of questionnaire.rules) {
    if (!rule.caps || !rule.appliesTo.includes(programme)) continue;
    const cap = steps.indexOf(rule.caps);
    if (cap < 0) continue;
    const when = rule.when;
    if ('otherwise' in when) continue;
    if ('dimensionsBelow' in when) {
      rules.push({ id: rule.id, kind: 'count', below: when.dimensionsBelow, atLeast: when.atLeast, cap });
    } else if ('dimension' in when) {
      rules.push({
        id: rule.id,
        kind: 'dimension',
        dimension: dimensions.indexOf(when.dimension),
        below: when.below,
        cap,
      });
    } else {
      const question = questions.findIndex((q) => q.id === when.question);
      if (question < 0) continue; // a context question: rulesOut rules, handled by the variant
      const options = new Set(when.options.map((id) => questions[question]!.options.indexOf(id)));
      rules.push({ id: rule.id, kind: 'answer', question, options, cap });
    }
  }
  const possible = dimensions.map((_, d) =>
    questions.filter((q) => q.dimension === d).reduce((sum, q) => sum + q.weight * Math.max(0, ...q.points), 0),
  );
  return { questions, dimensions, rules, possible, strong: questionnaire.bands.strong };
}

/** What the compiled model decides for one answer set (option index per scored question). */
export interface FastDecision {
  /** Position on the programme's ladder. */
  readonly level: number;
  readonly scores: readonly number[];
}

/** Scores and decides one answer set with the compiled model, as recommend.ts does. */
export function decide(model: CompiledModel, variant: Variant, digits: ArrayLike<number>): FastDecision {
  const earned = new Array<number>(model.dimensions.length).fill(0);
  model.questions.forEach((q, i) => {
    earned[q.dimension]! += q.weight * q.points[digits[i]!]!;
  });
  const scores = earned.map((e, d) => (model.possible[d] === 0 ? 0 : Math.round((100 * e) / model.possible[d]!)));
  return { level: levelFor(model, variant, digits, scores), scores };
}

/** The ladder position the rules give for these answers and scores. */
function levelFor(
  model: CompiledModel,
  variant: Variant,
  digits: ArrayLike<number>,
  scores: readonly number[],
): number {
  let level = ladder(variant.programme).length - 1;
  for (const rule of model.rules) {
    if (rule.cap >= level) continue;
    if (applies(rule, digits, scores)) level = rule.cap;
  }
  if (variant.programme === 'reverse' && variant.groupsRuledOut && level === 1) level = 0;
  return level;
}

/** True when a compiled rule applies. */
function applies(rule: CompiledRule, digits: ArrayLike<number>, scores: readonly number[]): boolean {
  if (rule.kind === 'answer') return rule.options.has(digits[rule.question]!);
  if (rule.kind === 'dimension') return scores[rule.dimension]! < rule.below;
  let below = 0;
  for (const score of scores) if (score < rule.below) below++;
  return below >= rule.atLeast;
}

/** The answers of an answer set, as the site's model takes them. */
export function answersOf(model: CompiledModel, digits: ArrayLike<number>, context: Answers): Answers {
  const answers: Record<string, string> = { ...context };
  model.questions.forEach((q, i) => {
    answers[q.id] = q.options[digits[i]!]!;
  });
  return answers;
}

/** The outcome of checking one variant over every answer set. */
export interface VariantReport {
  readonly sets: number;
  /** Answer sets per format. */
  readonly counts: Record<string, number>;
  /** The first few answer sets that break a property, by property. */
  readonly broken: Record<string, string[]>;
}

/** Runs every answer set of one variant through the compiled model and checks the properties. */
export function checkVariant(model: CompiledModel, variant: Variant): VariantReport {
  const radices = model.questions.map((q) => q.options.length);
  const total = radices.reduce((a, b) => a * b, 1);
  const strides = radices.map((_, i) => radices.slice(i + 1).reduce((a, b) => a * b, 1));
  const levels = new Uint8Array(total);
  const steps = ladder(variant.programme);
  const counts: Record<string, number> = Object.fromEntries(steps.map((f) => [f, 0]));
  const broken: Record<string, string[]> = { knockOuts: [], lines: [], groups: [], monotone: [] };
  const note = (property: string, digits: ArrayLike<number>, detail: string) => {
    const list = broken[property]!;
    if (list.length < 5) list.push(`${JSON.stringify(answersOf(model, digits, {}))}: ${detail}`);
  };

  // An odometer over the answer sets, keeping each dimension's earned points up to date.
  const digits = new Int32Array(radices.length);
  const earned = new Array<number>(model.dimensions.length).fill(0);
  model.questions.forEach((q) => {
    earned[q.dimension]! += q.weight * q.points[0]!;
  });
  const scores = new Array<number>(model.dimensions.length).fill(0);
  const applied = new Uint8Array(model.rules.length);
  const top = steps.length - 1;
  for (let index = 0; index < total; index++) {
    for (let d = 0; d < scores.length; d++) {
      scores[d] = model.possible[d] === 0 ? 0 : Math.round((100 * earned[d]!) / model.possible[d]!);
    }
    // The rules that apply, once, for the format and for the checks.
    let level = top;
    let applying = 0;
    for (let r = 0; r < model.rules.length; r++) {
      const rule = model.rules[r]!;
      const on = applies(rule, digits, scores);
      applied[r] = on ? 1 : 0;
      if (on) {
        applying++;
        if (rule.cap < level) level = rule.cap;
      }
    }
    if (variant.groupsRuledOut && steps[level] === 'reverse-groups') level -= 1;
    levels[index] = level;
    counts[steps[level]!]! += 1;

    // Knock-outs and lines: every rule that applies holds the format at or below its cap, and the top
    // of the ladder only when no rule applies at all.
    if (applying > 0) {
      for (let r = 0; r < model.rules.length; r++) {
        if (applied[r] === 0) continue;
        const rule = model.rules[r]!;
        if (level > rule.cap) note('knockOuts', digits, `${rule.id} applies but the format is ${steps[level]}`);
        if (level === top) note('lines', digits, `${rule.id} applies to ${steps[top]}`);
      }
    }
    if (variant.groupsRuledOut && steps[level] === 'reverse-groups')
      note('groups', digits, 'groups without a group to fill');

    // Next answer set.
    for (let i = radices.length - 1; i >= 0; i--) {
      const q = model.questions[i]!;
      earned[q.dimension]! -= q.weight * q.points[digits[i]!]!;
      digits[i]! += 1;
      if (digits[i]! < radices[i]!) {
        earned[q.dimension]! += q.weight * q.points[digits[i]!]!;
        break;
      }
      digits[i] = 0;
      earned[q.dimension]! += q.weight * q.points[0]!;
    }
  }

  // Monotone: for every question and every pair of its options, the better one never gives less.
  // Comparing each option with the options one points level up is enough: the order is transitive.
  const pairs = model.questions.map((q) => {
    const levelsUp = [...new Set(q.points)].sort((x, y) => x - y);
    return q.points.flatMap((low, a) => {
      const next = levelsUp[levelsUp.indexOf(low) + 1];
      return q.points.flatMap((high, b) => (high === next ? [[a, b] as const] : []));
    });
  });
  const from = new Int32Array(radices.length);
  for (let index = 0; index < total; index++) {
    let rest = index;
    for (let i = 0; i < radices.length; i++) {
      from[i] = Math.floor(rest / strides[i]!);
      rest -= from[i]! * strides[i]!;
    }
    for (let i = 0; i < radices.length; i++) {
      for (const [a, b] of pairs[i]!) {
        if (from[i] !== a) continue;
        const better = index + (b - a) * strides[i]!;
        if (levels[better]! < levels[index]!)
          note('monotone', from, `${model.questions[i]!.id}: ${a} -> ${b} lowers the format`);
      }
    }
  }
  return { sets: total, counts, broken };
}
