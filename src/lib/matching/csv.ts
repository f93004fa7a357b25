// Reading and writing delimited text: a CSV file saved by a spreadsheet (comma or semicolon, as
// Dutch Excel writes it) or a range pasted from a spreadsheet (tab). The delimiter is the one of the
// three that occurs most often, outside quotes, on the first line; a tie goes to tab, then
// semicolon, then comma. Quoted fields may hold the delimiter, doubled quotes and line breaks.

/** A delimiter the reader understands. */
export type Delimiter = ',' | ';' | '\t';

/** One line of the table, with the line number it starts on in the text (1-based). */
export interface TableRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A table read from delimited text. */
interface DelimitedTable {
  readonly delimiter: Delimiter;
  readonly rows: readonly TableRow[];
}

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];

/** Picks the delimiter of the first line, counting only characters outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter))
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits delimited text into rows of cells; never throws. A leading byte-order mark is dropped, and so
 * is the quote that toDelimited puts before a cell that would run as a formula ("'=x" reads as "=x").
 */
export function parseDelimited(
  input: string,
  delimiter: Delimiter = detectDelimiter(input.replace(/^\uFEFF/, '')),
): DelimitedTable {
  const text = input.replace(/^\uFEFF/, '');
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endCell = (): void => {
    cells.push(restoreCell(cell));
    cell = '';
  };
  const endRow = (): void => {
    endCell();
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      i++;
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      // A quote opens a quoted field only at the start of a cell; elsewhere it is kept as written.
      cell = '';
      quoted = true;
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return { delimiter, rows };
}

// A cell that begins with = + - @ is a formula to Excel and LibreOffice, also after a tab or carriage
// return (which they drop first). Written out, such a cell gets one leading single quote, as OWASP
// advises for CSV files: spreadsheets then show it as text. Quotes already in front of such a start
// count too, so that reading drops exactly the one quote writing added: every table reads back as written.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as written: with a leading quote when a spreadsheet would otherwise run it as a formula. */
function defuseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A cell as read: without the quote that defuseCell added. */
function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Quotes a cell when it holds any delimiter (so detection cannot go wrong), a quote, a line break or edge spaces. */
function quoteCell(cell: string): string {
  const needsQuotes = /[,;\t"\r\n]/.test(cell) || cell !== cell.trim();
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Writes rows of cells as delimited text with CRLF line ends, as spreadsheets expect. */
export function toDelimited(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return rows.map((row) => row.map((cell) => quoteCell(defuseCell(cell))).join(delimiter)).join('\r\n') + '\r\n';
}
