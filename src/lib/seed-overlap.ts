// Our own words, enforced: MentorFit's texts may take facts, figures and names from the reference
// articles (the seeds), never their sentences. This finds every run of words a text shares with a
// seed, so a test can fail on any run of ten words or more.
//
// Words are compared without case, accents, punctuation or markup, so a copied sentence is found
// however it is dressed up: "Reverse-mentoring" matches "reverse mentoring", "’" matches "'".
// A quotation is allowed when it is marked as one with its source: a <q> or <blockquote> element
// with a cite attribute, e.g. <q cite="ormit">just because they're young</q>. Its words are left out.

/** The shortest run of shared words that counts as copied. */
export const COPIED_RUN_WORDS = 10;

/** A run of words that a text shares with a seed. */
interface SharedRun {
  /** How many words the run has. */
  words: number;
  /** The run as normalised words, e.g. "after a couple of cancelled sessions". */
  text: string;
}

const QUOTATION = /<(q|blockquote)\b[^>]*\bcite\s*=\s*["'][^"']+["'][^>]*>[\s\S]*?<\/\1\s*>/gi;

/** Removes quotations that are marked as such with their source (see the file header). */
export function withoutCitedQuotations(text: string): string {
  return text.replace(QUOTATION, ' ¶ ');
}

/** The readable words of a text: tags, link targets and punctuation dropped, lower case, no accents. */
export function wordsOf(text: string): string[] {
  const readable = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
  return readable.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Finds the runs a text shares with one seed: `(text) => SharedRun[]`, longest first. */
export type CopyCheck = (text: string) => SharedRun[];

/** Prepares a check against one seed for runs of at least `minWords` words; the seed is read once. */
export function copyCheckFor(seed: string, minWords = COPIED_RUN_WORDS): CopyCheck {
  if (!Number.isInteger(minWords) || minWords < 1)
    throw new RangeError(`minWords must be a whole number ≥ 1, not ${minWords}`);
  const key = (words: string[], at: number): string => words.slice(at, at + minWords).join(' ');
  const seedWords = wordsOf(seed);
  const seedGrams = new Set<string>();
  for (let at = 0; at + minWords <= seedWords.length; at++) seedGrams.add(key(seedWords, at));

  return (text) => {
    const runs: SharedRun[] = [];
    const addRun = (words: string[], start: number, end: number): void => {
      runs.push({ words: end - start, text: words.slice(start, end).join(' ') });
    };
    // A quotation's place (¶) breaks runs: the words on either side of it were never adjacent.
    for (const part of withoutCitedQuotations(text).split('¶')) {
      const words = wordsOf(part);
      let start = -1;
      let end = -1; // exclusive end of the current run
      for (let at = 0; at + minWords <= words.length; at++) {
        if (!seedGrams.has(key(words, at))) continue;
        // Shared word sequences starting one word apart make one longer run.
        if (start >= 0 && at === end - minWords + 1) end = at + minWords;
        else {
          if (start >= 0) addRun(words, start, end);
          start = at;
          end = at + minWords;
        }
      }
      if (start >= 0) addRun(words, start, end);
    }
    return runs.sort((a, b) => b.words - a.words);
  };
}
