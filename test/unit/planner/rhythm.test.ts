// The pilot rhythm lives once, in content/pilot/rhythm.yaml. These tests hold the questionnaire,
// the guides and the sheets to it, and pin the messages an editor gets for a broken file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadQuestionnaire, parseQuestionnaireYaml, QUESTIONNAIRE_FILE } from '../../../src/data/load-questionnaire';
import { parsePilotRhythmYaml, PILOT_RHYTHM_FILE } from '../../../src/data/load-pilot-rhythm';
import { pilotFactText, type PilotFact } from '../../../src/lib/planner/rhythm-text';
import { PLANNED_FORMATS } from '../../../src/lib/planner/types';
import { useTranslations } from '../../../src/i18n';
import { rhythm } from './support';

const source = readFileSync(PILOT_RHYTHM_FILE, 'utf8');

describe('the pilot rhythm file', () => {
  test.each(PLANNED_FORMATS)('the questionnaire gives %s the pilot length the rhythm file gives it', (format) => {
    expect(loadQuestionnaire().recommendations[format].pilot.lengthMonths).toBe(rhythm.formats[format].lengthMonths);
  });

  test('a pilot length written in the questionnaire as well is refused, naming the field', () => {
    const questionnaire = readFileSync(QUESTIONNAIRE_FILE, 'utf8');
    // The first recommendation, buddy, gets a length of its own.
    const pilot = '    pilot:\n';
    const at = questionnaire.indexOf(pilot, questionnaire.indexOf('recommendations:\n')) + pilot.length;
    const twice = `${questionnaire.slice(0, at)}      lengthMonths: 3\n${questionnaire.slice(at)}`;
    expect(() => parseQuestionnaireYaml(twice, QUESTIONNAIRE_FILE)).toThrow(
      `${QUESTIONNAIRE_FILE}: recommendations.buddy.pilot.lengthMonths: is set in ${PILOT_RHYTHM_FILE}; leave it out here`,
    );
  });

  test('a recommendation the rhythm file does not plan needs its own length, 0 for no pilot yet', () => {
    const questionnaire = readFileSync(QUESTIONNAIRE_FILE, 'utf8');
    expect(questionnaire).toContain('      lengthMonths: 0\n');
    expect(() =>
      parseQuestionnaireYaml(questionnaire.replace('      lengthMonths: 0\n', ''), QUESTIONNAIRE_FILE),
    ).toThrow(
      `${QUESTIONNAIRE_FILE}: recommendations.foundations.pilot.lengthMonths: is missing (0 when there is no pilot yet)`,
    );
  });

  test.each(PLANNED_FORMATS)('the result tells %s the rhythm the rhythm file gives it, in both languages', (format) => {
    const said = loadQuestionnaire().recommendations[format].pilot.rhythm;
    for (const lang of ['en', 'nl'] as const) {
      expect(said[lang]).toContain(pilotFactText('rhythm', format, rhythm, useTranslations(lang)));
      expect(said[lang]).not.toMatch(/\{\w+\}/);
    }
  });

  test.each([
    // [what an editor got wrong, the change, the message naming file and field]
    [
      'a rhythm the format does not offer',
      ['rhythm: weekly-then-fortnightly\n', 'rhythm: monthly\n'],
      'formats.buddy.rhythm: "monthly" is not one of rhythms',
    ],
    [
      'an unknown rhythm',
      [
        'rhythms: [fortnightly, monthly]\n    sessionMinutes: 60',
        'rhythms: [fortnightly, sometimes]\n    sessionMinutes: 60',
      ],
      'formats.reverse-pairs.rhythms[1]: Invalid option',
    ],
    [
      'a length outside the offered lengths',
      ['lengthMonths: 6\n', 'lengthMonths: 7\n'],
      'formats.traditional.lengthMonths: 7 is not one of lengths',
    ],
    [
      'a sheet that does not exist',
      ['closing: [closing-evaluation]\n\n  reverse-groups', 'closing: [closing-evaluations]\n\n  reverse-groups'],
      'formats.reverse-pairs.sheets.closing[0]: Invalid option',
    ],
    [
      'a sheet without copies',
      ['  kickoff: once\n', ''],
      'formats.reverse-pairs.sheets.kickoff[0]: "kickoff" has no entry under copies',
    ],
    ['a missing field', ['rescheduleWithinDays: 7\n', ''], 'rescheduleWithinDays: is missing'],
  ])('%s is refused with a message naming the file and the field', (_, [from, to], message) => {
    expect(source).toContain(from);
    expect(() => parsePilotRhythmYaml(source.replace(from ?? '', to ?? ''), PILOT_RHYTHM_FILE)).toThrow(
      `${PILOT_RHYTHM_FILE}: ${message}`,
    );
  });

  test('a YAML syntax error names the file, the line and the column', () => {
    expect(() => parsePilotRhythmYaml('formats:\n  buddy: [\n', PILOT_RHYTHM_FILE)).toThrow(
      `${PILOT_RHYTHM_FILE}: line 3, column 1: YAML syntax error: unexpected end of the stream within a flow collection`,
    );
  });

  test.each([
    ['length', 'en', '3 months'],
    ['rhythm', 'en', 'every two weeks'],
    ['sessions', 'en', '6'],
    ['reschedule', 'en', 'within a week'],
    ['programme', 'en', '6 to 12 months'],
    ['length', 'nl', '3 maanden'],
    ['rhythm', 'nl', 'om de twee weken'],
    ['reschedule', 'nl', 'binnen een week'],
    ['programme', 'nl', '6 tot 12 maanden'],
  ] as const)('the %s of a one-to-one pilot reads, in %s, "%s"', (fact: PilotFact, lang, text) => {
    expect(pilotFactText(fact, 'reverse-pairs', rhythm, useTranslations(lang))).toBe(text);
  });
});

describe('no page types the pilot rhythm by hand', () => {
  // Phrases that said it before the rhythm file existed, and contradicted each other.
  const handTyped =
    /same week|within (two|2|three|3) weeks|dezelfde week|binnen (twee|2|drie|3) weken|Monthly one-to-one session|Maandelijks een-op-eengesprek/i;
  const files = ['content/guides/en', 'content/guides/nl', 'content/templates/en', 'content/templates/nl'].flatMap(
    (folder) => readdirSync(folder).map((name) => `${folder}/${name}`),
  );

  test.each(files)('%s prints the rescheduling rule and the rhythm from the rhythm file', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(handTyped);
  });

  test('the check notices a hand-typed rule', () => {
    expect('Moved sessions get a new date in the same week.').toMatch(handTyped);
  });
});
