import { useFirstScreenView } from './questionnaire-context';

/** The message when the page's data or the later screens' code could not be fetched: reload. */
export function LoadFailedNotice() {
  const { t } = useFirstScreenView();
  return (
    <div class="notice notice--problem" role="alert">
      <h2 class="notice__title">{t('questionnaire.errorTitle')}</h2>
      <p>{t('questionnaire.loadFailed')}</p>
      <button type="button" class="button button--secondary" onClick={() => window.location.reload()}>
        {t('questionnaire.reload')}
      </button>
    </div>
  );
}
