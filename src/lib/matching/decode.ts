// From the bytes of a chosen file to text, the way spreadsheets save lists:
//
//   Excel "CSV UTF-8"                      UTF-8 with a byte-order mark
//   Excel "CSV" on Windows (also Dutch)    Windows-1252, no mark: not valid UTF-8 once a name has an accent
//   Excel "Unicode text"                   UTF-16 little-endian with a mark, tab-separated
//   LibreOffice, Google Sheets, Numbers    UTF-8 without a mark
//
// UTF-8 is tried first and strictly; bytes that are not valid UTF-8 are read as Windows-1252, and the
// page says so, because that was a guess. A workbook (.xlsx, .ods, .xls) is recognised by its first
// bytes and refused with a way out: save it as CSV UTF-8.

/** How the text was read. Only 'windows-1252' was guessed. */
export type TextEncodingUsed = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text of a file, or why it is not a text file. */
export type DecodedFile =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingUsed }
  | { readonly ok: false; readonly reason: 'workbook' | 'binary' };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

/** A zip file (.xlsx, .ods) or an old Office file (.xls): a workbook, not text. */
function isWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);
}

/** UTF-16 without a byte-order mark: most characters are ASCII, so every other byte is zero. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  });
  const half = sample.length / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

const decode = (encoding: string, bytes: Uint8Array, fatal = false): string =>
  new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);

/** Reads a chosen file's bytes as text; never throws. */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (isWorkbook(bytes)) return { ok: false, reason: 'workbook' };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decode('utf-16le', bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decode('utf-16be', bytes), encoding: 'utf-16be' };
  const sixteen = utf16WithoutMark(bytes);
  if (sixteen) return { ok: true, text: decode(sixteen, bytes), encoding: sixteen };
  let text: string;
  let encoding: TextEncodingUsed = 'utf-8';
  try {
    // A UTF-8 byte-order mark is dropped by the decoder.
    text = decode('utf-8', bytes, true);
  } catch {
    text = decode('windows-1252', bytes);
    encoding = 'windows-1252';
  }
  // Text files hold no control characters besides tab and line ends; many of them mean a binary file.
  let controls = 0;
  for (const char of text.slice(0, 4096)) {
    const code = char.charCodeAt(0);
    if (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r' && char !== '\f' && char !== '\v') controls++;
  }
  if (controls > 8) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding };
}
