import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { splitFrontmatter } from '../lib/frontmatter';
import { parseYaml } from '../lib/yaml-text';
import { citedSources, describeUnsourcedClaims, findUnsourcedClaims, type SourceNames } from '../lib/guides/fact-check';
import { ALL_GUIDES_MINUTES_LIMIT, GUIDE_MINUTES_LIMIT, guideReadingMinutes } from '../lib/reading-time';
import { sourceSchema } from '../schemas/guide';

// Checks the guides' text before every build: every figure and named source carries a <Fact> marker
// whose source the guide lists, and every guide is short enough to read in one sitting. The build
// prints each guide's reading time, so an editor sees the cost of every paragraph they add.

/** A guide file read from disk: its path, what a reader sees above the body, its cited `sources:` and its body. */
interface GuideText {
  /** Path below the project root, e.g. 'content/guides/en/faq.mdx'. */
  file: string;
  title: string;
  summary: string;
  takeaways: string[];
  /** The ids listed under `sources:` in the frontmatter. */
  sources: string[];
  /** The MDX body. */
  body: string;
  /** The file's line number of the body's first line, for messages. */
  firstLine: number;
}

/** Reads one guide file; a file without frontmatter has an empty body (the content check reports it). */
export function readGuide(root: string, file: string): GuideText {
  const text = readFileSync(join(root, file), 'utf8');
  const split = splitFrontmatter(text);
  if (!split.ok) return { file, title: '', summary: '', takeaways: [], sources: [], body: '', firstLine: 1 };
  const data = parseYaml(split.yaml, file, 2) as Record<string, unknown> | null;
  // The content collection's schema checks these fields; here they only count as words to read.
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  const words = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    file,
    title: words(data?.title),
    summary: words(data?.summary),
    takeaways: list(data?.takeaways),
    sources: list(data?.sources),
    body: split.body,
    firstLine: split.yaml.split('\n').length + 3,
  };
}

/** Reads every guide of one language folder, sorted by file name. */
export function readGuides(root: string, lang: string, folder = 'content/guides'): GuideText[] {
  const dir = join(root, folder, lang);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readGuide(root, `${folder}/${lang}/${name}`));
}

/** Reads the names each source is the only one to report, from content/sources.yaml. */
export function readSourceNames(root: string, file = 'content/sources.yaml'): SourceNames[] {
  const raw = parseYaml(readFileSync(join(root, file), 'utf8'), file);
  return sourceSchema
    .array()
    .parse(raw)
    .map((source) => ({ id: source.id, names: source.names }));
}

/** Problems with a guide's source markers: unsourced figures and names, and cited ids the guide does not list. */
export function checkGuideFacts(guide: GuideText, names: readonly SourceNames[]): string[] {
  const claims = findUnsourcedClaims(guide.body, names).map((claim) => ({
    ...claim,
    line: claim.line + guide.firstLine - 1,
  }));
  const problems = describeUnsourcedClaims(guide.file, claims);
  for (const id of new Set(citedSources(guide.body))) {
    if (!guide.sources.includes(id))
      problems.push(`${guide.file}: <Fact source="${id}"> cites a source missing from sources:`);
  }
  for (const id of guide.sources) {
    if (!citedSources(guide.body).includes(id))
      problems.push(`${guide.file}: sources: lists "${id}" but no <Fact> cites it`);
  }
  return problems;
}

/** Fails the build on an unsourced fact and prints every guide's reading time. */
export function guideCheck(): AstroIntegration {
  return {
    name: 'mentorfit:guide-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = config.root.pathname;
        const names = readSourceNames(root);
        const problems: string[] = [];
        for (const lang of ['en', 'nl']) {
          const guides = readGuides(root, lang);
          let total = 0;
          for (const guide of guides) {
            problems.push(...checkGuideFacts(guide, names));
            const minutes = guideReadingMinutes(guide);
            total += minutes;
            const report = `reading time ${guide.file}: ${minutes} min (limit ${GUIDE_MINUTES_LIMIT})`;
            if (minutes > GUIDE_MINUTES_LIMIT) logger.warn(report);
            else logger.info(report);
          }
          const report = `reading time of all ${guides.length} ${lang} guides: ${total} min (limit ${ALL_GUIDES_MINUTES_LIMIT})`;
          if (total > ALL_GUIDES_MINUTES_LIMIT) logger.warn(report);
          else logger.info(report);
        }
        if (problems.length > 0) throw new Error(`MentorFit guides have unsourced facts:\n${problems.join('\n')}`);
      },
    },
  };
}
