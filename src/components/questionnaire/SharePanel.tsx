import { useStore } from './use-store';
import { useEffect, useRef } from 'preact/hooks';
import { $copyStatus, $shareUrl, copyShareLink } from '../../stores/questionnaire-result';
import { useView } from './questionnaire-context';

/** The id of the share section's heading, the target of the jump link at the top of the result. */
export const SHARE_HEADING_ID = 'share-heading';

/** The share link of the result, with a copy button and what the link does and does not hold. */
export function SharePanel() {
  const { t } = useView();
  const url = useStore($shareUrl);
  const copyStatus = useStore($copyStatus);
  const input = useRef<HTMLInputElement>(null);

  // When the browser refuses the clipboard, select the link so the user can copy it themselves.
  useEffect(() => {
    if (copyStatus === 'failed') input.current?.focus();
  }, [copyStatus]);

  return (
    <section class="panel share" aria-labelledby={SHARE_HEADING_ID} data-print="hide">
      <h2 id={SHARE_HEADING_ID} tabIndex={-1}>
        {t('questionnaire.shareHeading')}
      </h2>
      <p>{t('questionnaire.shareText')}</p>
      <label class="label" for="share-link">
        {t('questionnaire.shareLabel')}
      </label>
      <div class="share__row">
        <input
          class="input"
          id="share-link"
          ref={input}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" class="button button--secondary" onClick={copyShareLink}>
          {t('questionnaire.copy')}
        </button>
      </div>
      <p class="meta" role="status">
        {copyStatus === 'copied' ? t('questionnaire.copied') : ''}
      </p>
    </section>
  );
}
