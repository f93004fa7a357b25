import { describe, expect, test } from 'vitest';
import { labelTableCells } from '../../src/lib/table-labels';

describe('labelling table cells with their column header', () => {
  test('every body cell gets its column header as data-label', () => {
    const html =
      '<table><thead><tr><th>Aspect</th><th>Buddy <em>system</em></th></tr></thead>' +
      '<tbody><tr><td>Direction</td><td align="left">Peer to newcomer</td></tr></tbody></table>';
    expect(labelTableCells(html)).toBe(
      '<table><thead><tr><th>Aspect</th><th>Buddy <em>system</em></th></tr></thead>' +
        '<tbody><tr><td data-label="Aspect">Direction</td><td align="left" data-label="Buddy system">Peer to newcomer</td></tr></tbody></table>',
    );
  });

  test('quotes in a header are escaped in the attribute', () => {
    const html = '<table><thead><tr><th>"Reverse"</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table>';
    expect(labelTableCells(html)).toContain('data-label="&quot;Reverse&quot;"');
  });

  test('html without a table head is left alone', () => {
    expect(labelTableCells('<p>No table</p>')).toBe('<p>No table</p>');
  });
});
