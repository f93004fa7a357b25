// Share links carry a share code (src/lib/questionnaire/share-code.ts) in the address fragment,
// `#a=<code>`. Browsers never send the fragment to a server. Any other fragment, such as the
// skip link's `#main`, is not a share link and is left alone.

/** What a share link's fragment starts with. */
const SHARE_FRAGMENT_PREFIX = '#a=';

/** The share code in an address fragment, or undefined when the fragment is not a share link. */
export function shareCodeFromHash(hash: string): string | undefined {
  return hash.startsWith(SHARE_FRAGMENT_PREFIX) ? hash.slice(SHARE_FRAGMENT_PREFIX.length) : undefined;
}

/** The address with its fragment replaced by the share code, or removed when there is no code. */
export function withShareCode(href: string, code: string | undefined): string {
  const withoutHash = href.split('#')[0] ?? href;
  return code === undefined ? withoutHash : `${withoutHash}${SHARE_FRAGMENT_PREFIX}${code}`;
}
