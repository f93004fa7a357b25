import { useEffect, useMemo } from 'preact/hooks';
import { useStore } from '../island-kit/use-store';
import { $ready } from '../../stores/matching';
import { connectMatching } from '../../stores/matching-reactions';
import { translator } from '../../i18n/island-strings';
import type { MatchingStrings } from '../../lib/matching-ui/strings';
import { topicName } from '../../lib/matching/catalogue';
import type { Lang } from '../../lib/language';
import type { MatchingCatalogue, Person } from '../../lib/matching/types';
import { ImportPanel } from './ImportPanel';
import { MatchingViewContext, type MatchingView } from './matching-view';
import { OutputPanel } from './OutputPanel';
import { PeopleList } from './PeopleList';
import { PersonForm } from './PersonForm';
import { PrintList } from './PrintList';
import { ResultsSection } from './ResultsSection';
import { SavedNotice } from './SavedNotice';
import { SettingsPanel } from './SettingsPanel';
import { StoragePanel } from './StoragePanel';

interface Props {
  /** Topics, half-days, columns and weights from content/matching/matching.yaml. */
  catalogue: MatchingCatalogue;
  /** The island's strings in the page's language. */
  strings: MatchingStrings;
  /** The page's language. */
  lang: Lang;
  /** The example file's address and people. */
  example: { href: string; people: readonly Person[] };
  /** The empty template's address. */
  templateHref: string;
  /** The agreement sheet's address. */
  agreementHref: string;
}

/** The matching helper: add people, see explained pairs or groups, adjust, print and download. */
export default function MatchingApp({ catalogue, strings, lang, example, templateHref, agreementHref }: Props) {
  const view = useMemo<MatchingView>(() => {
    const slotNames = new Map(catalogue.slots.map((slot) => [slot.id, slot[lang]]));
    const columnNames = new Map<string, string>(catalogue.columns.map((column) => [column.id, column[lang]]));
    return {
      t: translator(strings),
      lang,
      catalogue,
      agreementHref,
      topicName: (topic) => topicName(catalogue.topics, topic, lang),
      slotName: (slot) => slotNames.get(slot) ?? slot,
      columnName: (id) => columnNames.get(id) ?? id,
    };
  }, [catalogue, strings, lang, agreementHref]);
  const { t } = view;
  useEffect(() => connectMatching(catalogue), [catalogue]);
  const ready = useStore($ready);

  return (
    <MatchingViewContext.Provider value={view}>
      <div class="matching" data-ready={ready ? 'true' : undefined}>
        <div data-print="hide">
          <SavedNotice />
          <section class="matching-section" aria-labelledby="add-heading">
            <h2 id="add-heading">{t('matching.addHeading')}</h2>
            <ImportPanel example={example} templateHref={templateHref} />
            <PersonForm />
          </section>
          <PeopleList />
        </div>
        <SettingsPanel />
        <ResultsSection />
        <OutputPanel />
        <StoragePanel />
        <PrintList />
      </div>
    </MatchingViewContext.Provider>
  );
}
