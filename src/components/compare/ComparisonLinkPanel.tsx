import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { CHAT_LINK_LIMIT } from '../../lib/compare/comparison-link';
import { $copyStatus, $link, copyComparisonLink } from '../../stores/compare';
import { useCompareView } from './compare-context';

/** The link that holds the whole comparison, with a copy button and a warning when it is long. */
export function ComparisonLinkPanel() {
  const { t } = useCompareView();
  const link = useStore($link);
  const copyStatus = useStore($copyStatus);
  const input = useRef<HTMLInputElement>(null);

  // When the browser refuses the clipboard, select the link so the user can copy it themselves.
  useEffect(() => {
    if (copyStatus === 'failed') input.current?.focus();
  }, [copyStatus]);

  return (
    <section class="panel share" aria-labelledby="link-heading" data-print="hide">
      <h2 id="link-heading">{t('compare.linkHeading')}</h2>
      <p>{t('compare.linkText')}</p>
      <label class="label" for="comparison-link">
        {t('compare.linkLabel')}
      </label>
      <div class="share__row">
        <input
          class="input"
          id="comparison-link"
          ref={input}
          type="text"
          readOnly
          value={link.url}
          aria-describedby={link.encoding === 'compact' ? 'link-warning' : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" class="button button--secondary" onClick={copyComparisonLink}>
          {t('compare.copy')}
        </button>
      </div>
      {link.encoding === 'compact' && (
        <p class="notice" id="link-warning">
          {link.tooLong
            ? t('compare.linkTooLong', { length: link.url.length, limit: CHAT_LINK_LIMIT })
            : t('compare.linkShortened', { length: link.url.length })}
        </p>
      )}
      <p class="meta" role="status">
        {copyStatus === 'copied' ? t('compare.copied') : ''}
      </p>
    </section>
  );
}
