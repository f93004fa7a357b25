// Guides and templates are kept in one folder per language with the same file name in each, so a
// content entry's id ('nl/kickoff') holds both its language and its slug.
import { isLang, type Lang } from './language';

/** A content collection entry; only its id ('<language>/<file name>') matters here. */
interface LanguageFolderEntry {
  readonly id: string;
}

/** The slug of an entry: its file name without language folder and extension. */
export function entrySlug(entry: LanguageFolderEntry): string {
  return entry.id.split('/').slice(1).join('/');
}

/** The language folder an entry lives in; an entry outside the language folders is a mistake. */
export function entryLang(entry: LanguageFolderEntry): Lang {
  const folder = entry.id.split('/')[0] ?? '';
  if (!isLang(folder)) throw new Error(`Content entry "${entry.id}" is not in a language folder (en/ or nl/).`);
  return folder;
}
