// Several share links pasted into the field at once, as people copy them from an e-mail or a chat:
// the text is split into one piece per link, so each is read and checked on its own, and one broken
// link never keeps the good ones out. Words around the links ("Sponsor:", "here are ours") are left
// out; a text without anything that looks like a link stays whole, to be refused with its reason.

/** Characters that separate links in a pasted text. */
const SEPARATORS = /[\s,;]+/;

/** Brackets, quotes and a sentence's full stop that a mail program may put around a link. */
const WRAPPING = /^[<([{"'“‘]+|[>)\]}"'”’.:]+$/g;

/** True for a piece that could be a share link or its bare code (which always holds a digit). */
const looksLikeLink = (piece: string): boolean =>
  /^https?:\/\//i.test(piece) || piece.includes('#') || (/^[0-9a-z]+$/.test(piece) && /\d/.test(piece));

/** The links in a pasted text, in order: one piece per link, or the whole text when none looks like one. */
export function splitPastedLinks(text: string): string[] {
  const pieces = text
    .split(SEPARATORS)
    // Two addresses run together, as a copy without a line break can leave them.
    .flatMap((piece) => piece.split(/(?=https?:\/\/)/i))
    .map((piece) => piece.replace(WRAPPING, ''))
    .filter(looksLikeLink);
  return pieces.length > 0 ? pieces : [text.trim()];
}
