import { LANGUAGES, langParam, type Lang } from '../lib/language';

/** Static paths for a page that exists once per language: English at the root, Dutch under /nl/. */
export function languagePaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGUAGES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}
