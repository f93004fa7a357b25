// Reads content/questionnaire/questionnaire.yaml, checks it (src/schemas/questionnaire-checks.ts) and
// fills each recommendation's {rhythm} from content/pilot/rhythm.yaml.
// Why not a content collection with Astro's file() loader (tried for issue 12, Astro 7.3):
// - the unit tests, the bench and the browser tests call loadQuestionnaire() under plain Node, where
//   `astro:content` does not exist, so this loader would stay beside the collection anyway;
// - file() catches a YAML syntax error, logs "Error reading data from <file>" and carries on with
//   an empty collection (`astro sync` exits 0); here it fails naming the file, line and column;
// - Astro words schema errors itself: a left-out weight reads "questions.4.weight: must be a whole
//   number from 1 to 10, got undefined" under the entry's name, not "<file>: questions[4].weight: is
//   missing"; and the cross-checks and {rhythm} fill would still need code of their own.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseYaml } from '../lib/yaml-text';
import { parseQuestionnaire } from './questionnaire-checks';
import type { Questionnaire } from '../lib/questionnaire/types';
import type { Lang } from '../lib/language';
import { GUIDE_ANCHORS, type GuideAnchors } from './guide-anchors';
import { loadPilotRhythm } from './load-pilot-rhythm';
import { useTranslations } from '../i18n';
import { fillPlaceholders } from '../lib/fill-text';
import { rhythmText } from '../lib/planner/rhythm-text';

/**
 * Fills each recommendation's `{rhythm}` from content/pilot/rhythm.yaml, the one place that says how
 * often a pilot meets, so the result, the guides, the templates and the planner cannot disagree.
 */
function withPilotRhythm(questionnaire: Questionnaire): Questionnaire {
  const rhythm = loadPilotRhythm();
  const recommendations = { ...questionnaire.recommendations };
  for (const [format, own] of Object.entries(rhythm.formats)) {
    const recommendation = recommendations[format as keyof typeof recommendations];
    if (!recommendation) continue;
    const phrase = (lang: Lang) => rhythmText(own.rhythm, useTranslations(lang));
    const text = recommendation.pilot.rhythm;
    recommendations[format as keyof typeof recommendations] = {
      ...recommendation,
      pilot: {
        ...recommendation.pilot,
        rhythm: {
          en: fillPlaceholders(text.en, { rhythm: phrase('en') }),
          nl: fillPlaceholders(text.nl, { rhythm: phrase('nl') }),
        },
      },
    };
  }
  return { ...questionnaire, recommendations };
}

/** Where the questionnaire data lives, relative to the project root. */
export const QUESTIONNAIRE_FILE = 'content/questionnaire/questionnaire.yaml';

/** The reference articles that rules may cite, read from content/sources.yaml. */
export function readSourceIds(fileName = 'content/sources.yaml'): string[] {
  const raw = parseYaml(readFileSync(resolve(process.cwd(), fileName), 'utf8'), fileName);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) =>
    typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string' ? [entry.id] : [],
  );
}

/** Parses questionnaire YAML text; a syntax error or invalid data throws an Error naming the file (and line). */
export function parseQuestionnaireYaml(
  source: string,
  fileName: string,
  knownAnchors: GuideAnchors = GUIDE_ANCHORS,
  knownSources: readonly string[] = readSourceIds(),
): Questionnaire {
  const raw = parseYaml(source, fileName);
  return withPilotRhythm(parseQuestionnaire(raw, fileName, knownAnchors, knownSources));
}

/** Reads and validates the questionnaire file (run from the project root, as Astro and vitest are). */
export function loadQuestionnaire(
  fileName: string = QUESTIONNAIRE_FILE,
  knownAnchors: GuideAnchors = GUIDE_ANCHORS,
): Questionnaire {
  const source = readFileSync(resolve(process.cwd(), fileName), 'utf8');
  return parseQuestionnaireYaml(source, fileName, knownAnchors);
}
