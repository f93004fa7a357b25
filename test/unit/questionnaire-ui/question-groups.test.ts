import { describe, expect, it } from 'vitest';
import { groupQuestions } from '../../../src/lib/questionnaire-ui/question-groups';
import { questionnaire } from '../questionnaire/support';

describe('questions grouped by condition', () => {
  it('puts the context questions first, then one group per condition in the result’s order, each question once', () => {
    const groups = groupQuestions(questionnaire);
    expect(groups.map((g) => g.dimension)).toEqual([undefined, ...questionnaire.dimensions.map((d) => d.id)]);
    expect(groups[0]!.questions.every(({ question }) => question.kind === 'context')).toBe(true);
    const ids = groups.flatMap((g) => g.questions.map(({ question }) => question.id)).sort();
    expect(ids).toEqual(questionnaire.questions.map((q) => q.id).sort());
  });

  it('keeps each question’s step index, so Change opens the right step', () => {
    for (const group of groupQuestions(questionnaire)) {
      for (const { question, index } of group.questions) expect(questionnaire.questions[index]).toBe(question);
    }
  });
});
