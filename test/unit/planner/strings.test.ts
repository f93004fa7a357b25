import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { pickPlannerStrings, plannerTranslator } from '../../../src/lib/planner/strings';

describe('the planner island strings', () => {
  test('hold only the planner keys, and the translator fills their placeholders', () => {
    const strings = pickPlannerStrings(en);
    expect(Object.keys(strings).every((key) => /^(planner|pilot)\.|^print\.button$/.test(key))).toBe(true);
    const t = plannerTranslator(strings);
    expect(t('planner.moment.session', { number: 2, count: 6 })).toBe('Session 2 of 6');
    expect(plannerTranslator(pickPlannerStrings(nl))('planner.moment.session', { number: 2, count: 6 })).toContain('2');
  });

  test('a missing value stays visible, and inherited names such as {toString} are never filled', () => {
    const t = plannerTranslator({ ...pickPlannerStrings(en), 'planner.moment.session': 'Session {number} {toString}' });
    expect(t('planner.moment.session')).toBe('Session {number} {toString}');
  });
});
