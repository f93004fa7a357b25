import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { detectDelimiter, parseDelimited, toDelimited } from '../../../src/lib/matching/csv';

const cells = (text: string): string[][] => parseDelimited(text).rows.map((row) => [...row.cells]);

describe('reading delimited text', () => {
  test.each([
    // Excel in English writes commas
    {
      text: 'role,name\nsenior,Ann\n',
      delimiter: ',',
      rows: [
        ['role', 'name'],
        ['senior', 'Ann'],
      ],
    },
    // Excel in Dutch writes semicolons, so commas in cells are plain text
    {
      text: 'rol;naam\nsenior;Jansen, Piet\n',
      delimiter: ';',
      rows: [
        ['rol', 'naam'],
        ['senior', 'Jansen, Piet'],
      ],
    },
    // a range pasted from a spreadsheet is separated by tabs
    {
      text: 'role\tname\r\njunior\tBo',
      delimiter: '\t',
      rows: [
        ['role', 'name'],
        ['junior', 'Bo'],
      ],
    },
    // a quoted cell holds the delimiter, doubled quotes and a line break
    {
      text: 'a,b\n"x, y","say ""hi""\nthere"\n',
      delimiter: ',',
      rows: [
        ['a', 'b'],
        ['x, y', 'say "hi"\nthere'],
      ],
    },
    // a byte-order mark at the start is dropped
    {
      text: '\uFEFFname;role\nAnn;senior',
      delimiter: ';',
      rows: [
        ['name', 'role'],
        ['Ann', 'senior'],
      ],
    },
    // an empty cell at the end of a line is kept
    {
      text: 'a,b\n1,\n',
      delimiter: ',',
      rows: [
        ['a', 'b'],
        ['1', ''],
      ],
    },
  ])('$delimiter-separated text is split into cells', ({ text, delimiter, rows }) => {
    expect(parseDelimited(text).delimiter).toBe(delimiter);
    expect(cells(text)).toEqual(rows);
  });

  test('rows carry the line they start on, counting line breaks inside quotes', () => {
    const { rows } = parseDelimited('a,b\n"1\n2",x\n3,y\n');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 4]);
  });

  test('commas inside quotes on the first line do not decide the delimiter', () => {
    expect(detectDelimiter('"a, b, c";d\n')).toBe(';');
  });

  test('empty text gives no rows', () => {
    expect(cells('')).toEqual([]);
  });

  test('any table written and read back is the same table', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', ',', ';', '\t', '"', '\n', '\r\n', 'é', "'", '=', '-', '@'),
    });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
          ),
        fc.constantFrom(',' as const, ';' as const, '\t' as const),
        (rows, delimiter) => {
          // A row of one empty cell is a blank line, which readers skip; keep rows non-blank.
          const table = rows.map((row) => (row.length === 1 && row[0] === '' ? ['x'] : row));
          expect(cells(toDelimited(table, delimiter)).length).toBe(table.length);
          expect(parseDelimited(toDelimited(table, delimiter), delimiter).rows.map((row) => row.cells)).toEqual(table);
        },
      ),
    );
  });
});
