import { load, YAMLException } from 'js-yaml';

/**
 * Parses the YAML text of a content file. A syntax error throws an Error in the words every content
 * error uses: `<file>: line L, column C: YAML syntax error: <reason>`. `firstLine` is the file's line
 * the text starts on (2 for frontmatter, after its `---`).
 */
export function parseYaml(text: string, fileName: string, firstLine = 1): unknown {
  try {
    return load(text, { filename: fileName });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml counts lines and columns from 0.
    const where = `line ${error.mark.line + firstLine}, column ${error.mark.column + 1}`;
    throw new Error(`${fileName}: ${where}: YAML syntax error: ${error.reason}`, { cause: error });
  }
}
