/** The result of splitting an MDX or markdown file into its YAML frontmatter and body. */
export type FrontmatterSplit = { ok: true; yaml: string; body: string } | { ok: false; problem: string };

/** Splits a file's text at its `---` fences; a file without frontmatter is a problem, not a crash. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { ok: false, problem: 'no frontmatter: the file must start with a --- block' };
  return { ok: true, yaml: match[1] ?? '', body: match[2] ?? '' };
}
