// The sheets of a printed kit (a pilot format's, or the foundations kit): each rendered in order, and
// the footers of the kit's first page and of every sheet.
import { render } from 'astro:content';
import { getTemplateSheets, type TemplateEntry } from './templates';
import type { Lang } from '../lib/language';
import { localizedPath } from '../lib/paths';
import { sheetAddress } from '../lib/templates/sheet-address';
import { PILOT_RHYTHM_FILE } from './load-pilot-rhythm';

/** A sheet of a kit: its slug, its entry and its content to render. */
export interface KitSheet {
  readonly slug: string;
  readonly entry: TemplateEntry;
  readonly Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** The sheets content/pilot/rhythm.yaml names for a kit, in order; a name with no sheet in this language stops the build. */
export async function kitSheets(lang: Lang, slugs: readonly string[]): Promise<KitSheet[]> {
  const bySlug = new Map((await getTemplateSheets(lang)).map((sheet) => [sheet.slug, sheet]));
  return Promise.all(
    slugs.map(async (slug) => {
      const sheet = bySlug.get(slug);
      if (!sheet) {
        throw new Error(
          `${PILOT_RHYTHM_FILE} names the sheet "${slug}", but content/templates/${lang}/ has no such file`,
        );
      }
      return { slug, entry: sheet.entry, Content: (await render(sheet.entry)).Content };
    }),
  );
}

/** A printed page's footer: the sheet's title and address, and the page-number words. */
export interface KitFooter {
  readonly slug: string;
  readonly text: string;
  readonly pageNumber: string;
}

interface FooterOptions {
  readonly site: URL | undefined;
  readonly base: string;
  readonly lang: Lang;
  /** The kit's first page: the slug it is printed under, its title and its page's path. */
  readonly kit: { readonly slug: string; readonly title: string; readonly path: string };
  readonly sheets: readonly KitSheet[];
  /** `templates.footer` and `templates.page` in the page's language. */
  readonly footer: (values: { title: string; address: string }) => string;
  readonly pageNumber: string;
}

/** The footers of a kit: its first page's, then each sheet's with the address of the sheet's own page. */
export function kitFooters({ site, base, lang, kit, sheets, footer, pageNumber }: FooterOptions): KitFooter[] {
  return [
    { slug: kit.slug, text: footer({ title: kit.title, address: sheetAddress(site, kit.path) }), pageNumber },
    ...sheets.map((sheet) => ({
      slug: sheet.slug,
      text: footer({
        title: sheet.entry.data.title,
        address: sheetAddress(site, localizedPath(base, lang, `templates/${sheet.slug}/`)),
      }),
      pageNumber,
    })),
  ];
}
