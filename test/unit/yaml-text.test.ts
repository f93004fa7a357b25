import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/lib/yaml-text';

describe('parseYaml', () => {
  test('returns the data of valid YAML', () => {
    expect(parseYaml('a: 1\nb: [x, y]\n', 'content/x.yaml')).toEqual({ a: 1, b: ['x', 'y'] });
  });

  test('a syntax error names the file, the line and the column, counted from 1', () => {
    expect(() => parseYaml('a: 1\nb:\n  - x\n - y\n', 'content/x.yaml')).toThrow(
      'content/x.yaml: line 4, column 2: YAML syntax error: bad indentation of a mapping entry',
    );
  });

  test('text that starts further down a file (frontmatter) gives the line in the file', () => {
    expect(() => parseYaml('title: [unclosed\nsummary: x\n', 'content/guides/en/a.mdx', 2)).toThrow(
      /^content\/guides\/en\/a\.mdx: line 3, column 1: YAML syntax error: /,
    );
  });
});
