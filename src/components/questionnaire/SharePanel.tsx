import { useStore } from '../island-kit/use-store';
import { $copyStatus, $shareUrl, copyShareLink } from '../../stores/questionnaire-result';
import { CopyLinkField } from '../CopyLinkField';
import { useView } from './questionnaire-context';

/** The id of the share section's heading, the target of the jump link at the top of the result. */
export const SHARE_HEADING_ID = 'share-heading';

/** The share link of the result, with a copy button and what the link does and does not hold. */
export function SharePanel() {
  const { t } = useView();
  const url = useStore($shareUrl);
  const copyStatus = useStore($copyStatus);

  return (
    <section class="panel share" aria-labelledby={SHARE_HEADING_ID} data-print="hide">
      <h2 id={SHARE_HEADING_ID} tabIndex={-1}>
        {t('questionnaire.shareHeading')}
      </h2>
      <p>{t('questionnaire.shareText')}</p>
      <CopyLinkField
        id="share-link"
        label={t('questionnaire.shareLabel')}
        url={url}
        copyLabel={t('questionnaire.copy')}
        copiedText={t('questionnaire.copied')}
        copyStatus={copyStatus}
        onCopy={copyShareLink}
      />
    </section>
  );
}
