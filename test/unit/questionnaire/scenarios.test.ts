// Organisations described in plain words, with the advice a mentoring practitioner would give them.
// Each case was decided from the guides and the reference articles (the conditions for success and
// the pitfalls in Valkenburg, ORMIT's "executives who do not prioritise", Mentiway's "still
// mentoring", Agendrix's senior apprehension) before the rule list was consulted. When a case and
// the rules disagree, the rules change, not the case. The same table drives the browser scenarios.
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../src/lib/questionnaire';
import { questionnaire } from './support';
import { SCENARIOS } from '../../fixtures/scenarios';

describe('scenarios written from the guides', () => {
  it('the table covers at least 15 organisations and every format', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(15);
    const formats = new Set(SCENARIOS.map((scenario) => scenario.format));
    expect([...formats].sort()).toEqual(['buddy', 'foundations', 'reverse-groups', 'reverse-pairs', 'traditional']);
  });

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) => {
    // Every question is answered, so no scenario leans on how unanswered questions count.
    expect(Object.keys(scenario.answers).sort()).toEqual(questionnaire.questions.map((q) => q.id).sort());
    const { decision, templates, nextSteps } = assessReadiness(questionnaire, scenario.answers);
    expect(decision.format).toBe(scenario.format);
    if (scenario.sheets) expect(templates).toEqual(scenario.sheets);
    for (const words of scenario.neverSays ?? []) {
      for (const step of nextSteps) expect(step.text.en).not.toContain(words);
    }
    const reasons = decision.reasons.map((finding) => finding.rule.id);
    for (const reason of scenario.reasons) expect(reasons).toContain(reason);
    if (scenario.format === 'reverse-pairs' || scenario.format === 'buddy' || scenario.format === 'traditional') {
      expect(reasons).toEqual([]);
    }
  });
});
