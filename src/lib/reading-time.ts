/** Words an average manager reads per minute on screen. */
const WORDS_PER_MINUTE = 200;

/** Counts the words of a markdown or MDX text, ignoring imports, tags, link targets and table rules. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^import\s.*$/gm, ' ') // MDX imports are not shown
    .replace(/<[^>]+>/g, ' ') // HTML and MDX tags
    .replace(/\]\([^)]*\)/g, ' ') // link targets
    .replace(/[#*_|>`-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes needed to read a markdown text, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.ceil(countWords(markdown) / WORDS_PER_MINUTE));
}

/** The parts of a guide a reader sees: the title, summary and takeaways above the body. */
interface GuideReading {
  title: string;
  summary: string;
  takeaways: readonly string[];
  /** The MDX body. */
  body: string;
}

/** Minutes needed to read everything a guide shows, summary and takeaways included. */
export function guideReadingMinutes(guide: GuideReading): number {
  return readingMinutes([guide.title, guide.summary, ...guide.takeaways, guide.body].join('\n\n'));
}

/** The most minutes one guide may take to read, so a busy manager finishes it in one go. */
export const GUIDE_MINUTES_LIMIT = 4;

/** The most minutes all guides of one language may take together: one sitting. */
export const ALL_GUIDES_MINUTES_LIMIT = 25;
