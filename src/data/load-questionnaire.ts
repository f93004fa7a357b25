// Reads content/questionnaire/questionnaire.yaml, checks it (src/data/questionnaire-checks.ts),
// fills each recommendation's {rhythm} and pilot length from content/pilot/rhythm.yaml, and adds the
// programme each template sheet is written for, from the sheet's frontmatter.
// Why not a content collection with Astro's file() loader (tried with Astro 7.3):
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
import { parseQuestionnaire, QuestionnaireError } from './questionnaire-checks';
import type { Problem } from '../schemas/issues';
import {
  TEMPLATE_SLUGS,
  type Questionnaire,
  type QuestionnaireFile,
  type TemplateSlug,
} from '../lib/questionnaire/types';
import { splitFrontmatter } from '../lib/frontmatter';
import { TEMPLATE_PROGRAMMES, type TemplateProgramme } from '../schemas/template';
import type { Lang } from '../lib/language';
import { GUIDE_ANCHORS, type GuideAnchors } from './guide-anchors';
import { loadPilotRhythm, PILOT_RHYTHM_FILE } from './load-pilot-rhythm';
import { useTranslations } from '../i18n';
import { fillPlaceholders } from '../lib/fill-text';
import { rhythmText } from '../lib/planner/rhythm-text';

/**
 * Fills each recommendation's `{rhythm}` and pilot length from content/pilot/rhythm.yaml, the one place
 * that says how long and how often a pilot meets, so the result, the guides, the templates and the
 * planner cannot disagree. A length written in the questionnaire for a planned format is refused, and
 * a format the rhythm file does not plan needs one (0: no pilot yet).
 */
function withPilotRhythm(questionnaire: QuestionnaireFile, fileName: string): QuestionnaireFile {
  const rhythm = loadPilotRhythm();
  const recommendations = { ...questionnaire.recommendations };
  const problems: Problem[] = [];
  for (const [format, recommendation] of Object.entries(recommendations)) {
    const path = `recommendations.${format}.pilot.lengthMonths`;
    const planned = format in rhythm.formats;
    if (planned && recommendation.pilot.lengthMonths !== undefined)
      problems.push({ path, message: `is set in ${PILOT_RHYTHM_FILE}; leave it out here` });
    if (!planned && recommendation.pilot.lengthMonths === undefined)
      problems.push({ path, message: 'is missing (0 when there is no pilot yet)' });
  }
  if (problems.length > 0) throw new QuestionnaireError(fileName, problems);
  for (const [format, own] of Object.entries(rhythm.formats)) {
    const recommendation = recommendations[format as keyof typeof recommendations];
    if (!recommendation) continue;
    const phrase = (lang: Lang) => rhythmText(own.rhythm, useTranslations(lang));
    const text = recommendation.pilot.rhythm;
    recommendations[format as keyof typeof recommendations] = {
      ...recommendation,
      pilot: {
        ...recommendation.pilot,
        lengthMonths: own.lengthMonths,
        rhythm: {
          en: fillPlaceholders(text.en, { rhythm: phrase('en') }),
          nl: fillPlaceholders(text.nl, { rhythm: phrase('nl') }),
        },
      },
    };
  }
  return { ...questionnaire, recommendations };
}

/** The English template sheets; the Dutch ones say the same programme (test/unit/templates.test.ts). */
const TEMPLATE_FOLDER = 'content/templates/en';

/** The programme a template sheet is written for, from its frontmatter; a missing or unknown one throws naming the file. */
export function sheetProgrammeOf(fileName: string, text: string): TemplateProgramme {
  const split = splitFrontmatter(text);
  if (!split.ok) throw new Error(`${fileName}: ${split.problem}`);
  const frontmatter = parseYaml(split.yaml, fileName, 2);
  const programme: unknown =
    typeof frontmatter === 'object' && frontmatter !== null && 'programme' in frontmatter
      ? frontmatter.programme
      : undefined;
  const known = TEMPLATE_PROGRAMMES.find((candidate) => candidate === programme);
  if (!known) {
    throw new Error(
      `${fileName}: programme: must be one of ${TEMPLATE_PROGRAMMES.join(', ')}, got ${JSON.stringify(programme)}`,
    );
  }
  return known;
}

/**
 * The programme each template sheet is written for, read from the sheet's own frontmatter, so that a
 * result offers a buddy system or traditional mentoring no reverse-mentoring sheet.
 */
function readSheetProgrammes(): Record<TemplateSlug, TemplateProgramme> {
  const read = (slug: TemplateSlug): TemplateProgramme => {
    const fileName = `${TEMPLATE_FOLDER}/${slug}.mdx`;
    return sheetProgrammeOf(fileName, readFileSync(resolve(process.cwd(), fileName), 'utf8'));
  };
  return Object.fromEntries(TEMPLATE_SLUGS.map((slug) => [slug, read(slug)])) as Record<
    TemplateSlug,
    TemplateProgramme
  >;
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
  const file = withPilotRhythm(parseQuestionnaire(raw, fileName, knownAnchors, knownSources), fileName);
  return { ...file, sheetProgrammes: readSheetProgrammes() };
}

/** Reads and validates the questionnaire file (run from the project root, as Astro and vitest are). */
export function loadQuestionnaire(
  fileName: string = QUESTIONNAIRE_FILE,
  knownAnchors: GuideAnchors = GUIDE_ANCHORS,
): Questionnaire {
  const source = readFileSync(resolve(process.cwd(), fileName), 'utf8');
  return parseQuestionnaireYaml(source, fileName, knownAnchors);
}
