// What the result says where it can say one thing or another, for organisations at each format.
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../src/lib/questionnaire';
import {
  briefHeadingKey,
  listedTemplates,
  noChangeKey,
  noRisksKey,
  pilotLengthKey,
  reasonsFoldKey,
  resultCaptionKey,
  toolsHintKey,
} from '../../../src/lib/questionnaire-ui/result-report';
import { answersWith, questionnaire } from '../questionnaire/support';

/** Every text choice the result makes from the assessment, for these answers. */
function choices(overrides: Readonly<Record<string, string>>) {
  const { decision, pilot } = assessReadiness(questionnaire, answersWith(overrides));
  return {
    format: decision.format,
    brief: briefHeadingKey(decision),
    fold: reasonsFoldKey(decision),
    pilot: pilotLengthKey(pilot.lengthMonths),
    noRisks: noRisksKey(decision.format),
    tools: toolsHintKey(decision.format),
    noChange: noChangeKey(questionnaire.rules, decision),
  };
}

describe('the texts a result chooses', () => {
  it.each([
    // Nothing holds a ready organisation: why in short, the change alone, and "this is the top".
    [
      'a ready organisation',
      {},
      {
        format: 'reverse-pairs',
        brief: 'questionnaire.briefWhyHeading',
        fold: 'questionnaire.changeHeading',
        pilot: 'questionnaire.pilotMonths',
        noRisks: 'questionnaire.noRisks',
        tools: 'questionnaire.toolsHint',
        noChange: 'questionnaire.changeTop',
      },
    ],
    // The aim chose a buddy system outright, so no answer about the conditions changes it.
    [
      'an organisation that wants buddies for newcomers',
      { aim: 'onboarding' },
      {
        format: 'buddy',
        brief: 'questionnaire.briefWhyHeading',
        fold: 'questionnaire.changeHeading',
        pilot: 'questionnaire.pilotMonths',
        noRisks: 'questionnaire.noRisks',
        tools: 'questionnaire.toolsHint',
        noChange: 'questionnaire.changeAim',
      },
    ],
    // A knock-out holds it at the foundations: no pilot, no all-clear on risks, tools to compare.
    [
      'an organisation whose top doubts the idea',
      { sponsor: 'doubtful' },
      {
        format: 'foundations',
        brief: 'questionnaire.briefHeading',
        fold: 'questionnaire.reasonsFold',
        pilot: 'questionnaire.pilotNone',
        noRisks: 'questionnaire.noRisksYet',
        tools: 'questionnaire.toolsHintCompare',
        noChange: 'questionnaire.changeNone',
      },
    ],
    // A weak condition holds it at groups: a pilot, and its reasons.
    [
      'an organisation whose people find the time themselves',
      { 'protected-time': 'own-time', 'busy-weeks': 'moved', 'commitment': 'probably' },
      {
        format: 'reverse-groups',
        brief: 'questionnaire.briefHeading',
        fold: 'questionnaire.reasonsFold',
        pilot: 'questionnaire.pilotMonths',
        noRisks: 'questionnaire.noRisks',
        tools: 'questionnaire.toolsHint',
        noChange: 'questionnaire.changeNone',
      },
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(choices(overrides)).toEqual(expected);
  });

  it.each([
    // The reader's own answers.
    [false, 'questionnaire.resultCaption'],
    // A colleague's, from a share link.
    [true, 'questionnaire.sharedResultCaption'],
  ])('a result shared %s is captioned %s', (shared, key) => {
    expect(resultCaptionKey(shared)).toBe(key);
  });
});

describe('listedTemplates', () => {
  it.each([
    // Every advised template with a page, in the advised order.
    [
      ['agreement', 'kickoff'],
      { kickoff: 'Kick-off', agreement: 'Agreement' },
      [
        { slug: 'agreement', title: 'Agreement' },
        { slug: 'kickoff', title: 'Kick-off' },
      ],
    ],
    // A template without a page in this language is left out.
    [['agreement', 'kickoff'], { kickoff: 'Kick-off' }, [{ slug: 'kickoff', title: 'Kick-off' }]],
    // A title alone does not make a template advised.
    [[], { kickoff: 'Kick-off' }, []],
  ] as const)('%j with titles %j lists %j', (advised, titles, expected) => {
    expect(listedTemplates(advised, titles)).toEqual(expected);
  });
});
