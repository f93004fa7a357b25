import { useEffect, useState } from 'preact/hooks';
import { localeTag, type Lang } from '../../lib/language';
import { useView } from './questionnaire-context';

/** Today's date written out in the page's language, e.g. '23 November 2026' or '23 november 2026'. */
const today = (lang: Lang): string =>
  new Intl.DateTimeFormat(localeTag(lang), { dateStyle: 'long' }).format(new Date());

/** The heading of the printed report, with its date: set when the result shows, renewed when the user prints. */
export function PrintHeading() {
  const { lang, t } = useView();
  const [printedOn, setPrintedOn] = useState(() => today(lang));
  useEffect(() => {
    const renew = () => setPrintedOn(today(lang));
    window.addEventListener('beforeprint', renew);
    return () => window.removeEventListener('beforeprint', renew);
  }, [lang]);
  return <p class="print-only result__print-heading">{t('questionnaire.printHeading', { date: printedOn })}</p>;
}
