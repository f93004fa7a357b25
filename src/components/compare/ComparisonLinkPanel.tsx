import { useStore } from '../island-kit/use-store';
import { CHAT_LINK_LIMIT } from '../../lib/compare/comparison-link';
import { $copyStatus, $link, copyComparisonLink } from '../../stores/compare';
import { CopyLinkField } from '../CopyLinkField';
import { useCompareView } from './compare-context';

/** The link that holds the whole comparison, with a copy button and a warning when it is long. */
export function ComparisonLinkPanel() {
  const { t } = useCompareView();
  const link = useStore($link);
  const copyStatus = useStore($copyStatus);
  const compact = link.encoding === 'compact';

  return (
    <section class="panel share" aria-labelledby="link-heading" data-print="hide">
      <h2 id="link-heading">{t('compare.linkHeading')}</h2>
      <p>{t('compare.linkText')}</p>
      <CopyLinkField
        id="comparison-link"
        label={t('compare.linkLabel')}
        url={link.url}
        copyLabel={t('compare.copy')}
        copiedText={t('compare.copied')}
        copyStatus={copyStatus}
        onCopy={() => void copyComparisonLink()}
        describedBy={compact ? 'link-warning' : undefined}
      >
        {compact && (
          <p class="notice" id="link-warning">
            {link.tooLong
              ? t('compare.linkTooLong', { length: link.url.length, limit: CHAT_LINK_LIMIT })
              : t('compare.linkShortened', { length: link.url.length })}
          </p>
        )}
      </CopyLinkField>
    </section>
  );
}
