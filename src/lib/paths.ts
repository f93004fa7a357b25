import type { Lang } from './language';

// English lives at the site root, Dutch under /nl/.

/** Joins the deploy base, the language prefix and a page path into one absolute path ending in '/'. */
export function localizedPath(base: string, lang: Lang, page = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = lang === 'en' ? '' : `${lang}/`;
  const rest = page.replace(/^\/+/, '');
  const joined = `${root}${prefix}${rest}`;
  return joined.endsWith('/') || joined.includes('#') ? joined : `${joined}/`;
}

/** The page path below base and language prefix, e.g. 'guides/faq/' for '/base/nl/guides/faq/'. */
export function pagePath(base: string, pathname: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  let rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  if (rest === 'nl' || rest.startsWith('nl/')) rest = rest.slice(2).replace(/^\/+/, '');
  return rest;
}

/** The address of the same page in another language. */
export function switchLanguagePath(base: string, pathname: string, to: Lang): string {
  return localizedPath(base, to, pagePath(base, pathname));
}
