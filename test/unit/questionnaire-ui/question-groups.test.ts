import { describe, expect, it } from 'vitest';
import { groupQuestions } from '../../../src/lib/questionnaire-ui/question-groups';
import { questionnaire } from '../questionnaire/support';

describe('questions grouped by condition', () => {
  it('puts the organisation’s context first, then one group per condition in the result’s order, then who answered, each question once', () => {
    const groups = groupQuestions(questionnaire);
    expect(groups.map((g) => g.dimension ?? g.about)).toEqual([
      'organisation',
      ...questionnaire.dimensions.map((d) => d.id),
      'respondent',
    ]);
    expect(groups[0]!.questions.every(({ question }) => question.kind === 'context')).toBe(true);
    // The role says who answered, not what the organisation is like.
    expect(groups.at(-1)!.questions.map(({ question }) => question.id)).toEqual(['role']);
    const ids = groups.flatMap((g) => g.questions.map(({ question }) => question.id)).sort();
    expect(ids).toEqual(questionnaire.questions.map((q) => q.id).sort());
  });

  it('keeps each question’s step index, so Change opens the right step', () => {
    for (const group of groupQuestions(questionnaire)) {
      for (const { question, index } of group.questions) expect(questionnaire.questions[index]).toBe(question);
    }
  });
});
