// npm run audit:model: every answer set, once per aim, through the decision list (exhaustive.ts).
// Prints how many answer sets get each format per aim and fails on any broken property. The site's
// own loader and model are bundled first (test/tools/import-bundled.ts), as the benchmark does.
import { importBundled } from '../tools/import-bundled.ts';
import type { Answers, Questionnaire, RecommendationDecision } from '../../src/lib/questionnaire/types.ts';
import { answersOf, checkVariant, compile, decide, ladder, type Variant } from './exhaustive.ts';

const model = await importBundled<{
  loadQuestionnaire: () => Questionnaire;
  recommendForAnswers: (q: Questionnaire, a: Answers) => RecommendationDecision;
}>(process.cwd(), 'audit-model', [
  "export { loadQuestionnaire } from './src/data/load-questionnaire.ts';",
  "export { recommendForAnswers } from './src/lib/questionnaire/recommend.ts';",
]);
const questionnaire = model.loadQuestionnaire();

/** A small seeded random number generator (mulberry32), so a failing sample can be found again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const aims = questionnaire.questions.find((q) => q.id === 'aim')!.options.map((o) => o.id);
const small = { seniors: '1-2', juniors: '3-5' };
const usual = { seniors: '3-5', juniors: '3-5' };
let failed = false;
const rows: string[] = [];
const cache = new Map<string, ReturnType<typeof checkVariant>>();
for (const aim of aims) {
  const { programme } = model.recommendForAnswers(questionnaire, { aim });
  const compiled = compile(questionnaire, programme);
  const variants: [Variant, Record<string, string>][] = [[{ programme, groupsRuledOut: false }, usual]];
  if (programme === 'reverse') variants.push([{ programme, groupsRuledOut: true }, small]);
  for (const [variant, context] of variants) {
    const key = JSON.stringify(variant);
    const started = performance.now();
    const report = cache.get(key) ?? checkVariant(compiled, variant);
    cache.set(key, report);

    // The compiled copy must decide exactly as the site's model does.
    const next = random(aims.indexOf(aim) * 2 + Number(variant.groupsRuledOut) + 1);
    const digits = compiled.questions.map(() => 0);
    let mismatches = 0;
    for (let n = 0; n < 20_000; n++) {
      compiled.questions.forEach((q, i) => {
        digits[i] = Math.floor(next() * q.options.length);
      });
      const answers = answersOf(compiled, digits, { aim, ...context });
      const site = model.recommendForAnswers(questionnaire, answers).format;
      const fast = ladder(programme)[decide(compiled, variant, digits).level];
      if (site !== fast) {
        mismatches++;
        if (mismatches <= 3)
          console.error(`model and audit disagree (${site} vs ${fast}) on ${JSON.stringify(answers)}`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const label = `${aim}${variant.groupsRuledOut ? ', 1-2 seniors' : ''}`;
    const counts = Object.entries(report.counts)
      .map(([format, count]) => `${format} ${count}`)
      .join(', ');
    rows.push(`${label.padEnd(34)} ${report.sets} sets: ${counts} (${seconds} s)`);
    for (const [property, examples] of Object.entries(report.broken)) {
      if (examples.length === 0) continue;
      failed = true;
      console.error(`${label}: property "${property}" broken, e.g.\n  ${examples.join('\n  ')}`);
    }
    if (mismatches > 0) {
      failed = true;
      console.error(`${label}: ${mismatches} of 20000 sampled answer sets decided differently`);
    }
  }
}
console.log('Formats per aim over every answer set to the scored questions:');
for (const row of rows) console.log(`  ${row}`);
console.log(
  failed ? 'Audit FAILED' : 'Audit passed: monotone, knock-outs, lines and group sizes hold for every answer set.',
);
process.exitCode = failed ? 1 : 0;
