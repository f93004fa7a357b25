/** A file that exists in one language folder and not in the other. */
export interface MissingTranslation {
  /** The language folder that has the file. */
  presentIn: string;
  /** The language folder that lacks it. */
  missingIn: string;
  /** The file name, the same in every language. */
  file: string;
}

/** Lists every file that one language folder has and another lacks. */
export function findMissingTranslations(
  filesByLanguage: Readonly<Record<string, readonly string[]>>,
): MissingTranslation[] {
  const languages = Object.keys(filesByLanguage);
  const missing: MissingTranslation[] = [];
  for (const presentIn of languages) {
    for (const file of filesByLanguage[presentIn] ?? []) {
      for (const missingIn of languages) {
        if (missingIn !== presentIn && !(filesByLanguage[missingIn] ?? []).includes(file)) {
          missing.push({ presentIn, missingIn, file });
        }
      }
    }
  }
  return missing;
}

/** Describes the missing translations in one message per file, naming the folder that lacks it. */
export function describeMissingTranslations(folder: string, missing: readonly MissingTranslation[]): string {
  return missing
    .map((m) => `${folder}/${m.presentIn}/${m.file} has no counterpart ${folder}/${m.missingIn}/${m.file}`)
    .join('\n');
}
