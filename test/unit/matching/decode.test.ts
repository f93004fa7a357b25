// Files as spreadsheets write them, byte for byte: each reads to the same people with the names intact.
import { describe, expect, test } from 'vitest';
import { decodeFile } from '../../../src/lib/matching/decode';
import { importPeople } from '../../../src/lib/matching/people';
import { catalogue } from './support';

const NAMES = ['Frédérique Öztürk', 'Zoë Çelik', 'Šárka Nováková'];

/** The rows Dutch Excel writes for a list, with the given separator. */
const table = (separator: string): string =>
  [
    ['rol', 'naam', 'afdeling', 'liever niet met'],
    ['senior', NAMES[0], 'Verkoop', ''],
    ['junior', NAMES[1], 'ICT', NAMES[2]],
    ['junior', NAMES[2], 'Inkoop', ''],
  ]
    .map((row) => row.join(separator))
    .join('\r\n') + '\r\n';

/** Windows-1252, as Excel on Windows saves "CSV" ("CSV (puntkommagescheiden)" in Dutch). */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { 'Š': 0x8a, 'š': 0x9a, '€': 0x80, '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...text].map((char) => extra[char] ?? char.charCodeAt(0)));
}
const utf8 = (text: string, mark = false): Uint8Array =>
  new Uint8Array(Buffer.from((mark ? '\uFEFF' : '') + text, 'utf8'));
const utf16le = (text: string, mark = true): Uint8Array =>
  new Uint8Array(Buffer.from((mark ? '\uFEFF' : '') + text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1] as number, bytes[i] as number];
  return bytes;
};

describe('reading the files spreadsheets save', () => {
  test.each([
    { file: 'Excel "CSV UTF-8" (mark, semicolons)', bytes: utf8(table(';'), true), encoding: 'utf-8' },
    { file: 'LibreOffice or Google Sheets CSV (no mark, commas)', bytes: utf8(table(',')), encoding: 'utf-8' },
    {
      file: 'Excel "CSV" on Dutch Windows (Windows-1252, semicolons)',
      bytes: windows1252(table(';')),
      encoding: 'windows-1252',
    },
    {
      file: 'Excel "CSV" on English Windows (Windows-1252, commas)',
      bytes: windows1252(table(',')),
      encoding: 'windows-1252',
    },
    { file: 'Excel "Unicode text" (UTF-16 LE with mark, tabs)', bytes: utf16le(table('\t')), encoding: 'utf-16le' },
    { file: 'UTF-16 LE without a mark, tabs', bytes: utf16le(table('\t'), false), encoding: 'utf-16le' },
    { file: 'UTF-16 BE with a mark, tabs', bytes: utf16be(table('\t')), encoding: 'utf-16be' },
  ])('$file reads every name intact', ({ bytes, encoding }) => {
    const decoded = decodeFile(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding });
    if (!decoded.ok) return;
    expect(decoded.text.startsWith('\uFEFF')).toBe(false);
    const { people, problems } = importPeople(catalogue, decoded.text);
    expect(people.map((person) => person.name)).toEqual(NAMES);
    expect(people[1]?.pleaseNotWith).toEqual([NAMES[2]]);
    expect(problems).toEqual([]);
  });

  test('Windows-1252 is only assumed when the bytes are not valid UTF-8', () => {
    expect(decodeFile(utf8('rol;naam\r\nsenior;Ann\r\n'))).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decodeFile(windows1252('rol;naam\r\nsenior;Zoë\r\n'))).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      text: 'rol;naam\r\nsenior;Zoë\r\n',
    });
  });

  test.each([
    { file: '.xlsx (a zip file)', bytes: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] },
    { file: '.xls (an old Office file)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  ])('a workbook saved as $file is recognised, not read as text', ({ bytes }) => {
    expect(decodeFile(Uint8Array.from([...bytes, ...new Array<number>(200).fill(0x07)]))).toEqual({
      ok: false,
      reason: 'workbook',
    });
  });

  test('a file that is not text (a picture) is refused', () => {
    const png = Uint8Array.from({ length: 400 }, (_, i) => (i * 7919) % 32);
    expect(decodeFile(png)).toEqual({ ok: false, reason: 'binary' });
  });

  test('an empty file is empty text', () => {
    expect(decodeFile(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
