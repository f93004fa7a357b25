import { useStore } from '@nanostores/preact';
import { $answers, $ready, start } from '../../stores/questionnaire';
import { answeredCount } from '../../lib/questionnaire/answers';
import { localizedPath } from '../../lib/paths';
import { HEADING_ID, useView } from './questionnaire-context';
import { StartAgainButton } from './StartAgainButton';

/** The introduction: what the check gives, who should fill it in, privacy, and Start or Carry on. */
export function StartScreen() {
  const { questionnaire, t, base, lang } = useView();
  // The server render (and so a browser without JavaScript) shows no buttons that could not work.
  const ready = useStore($ready);
  const answers = useStore($answers);
  const count = questionnaire.questions.length;
  const answered = answeredCount(questionnaire, answers);

  return (
    <div class="start">
      <h1 id={HEADING_ID} tabIndex={-1}>
        {t('questionnaire.title')}
      </h1>
      <p class="lead">{t('questionnaire.lead', { count })}</p>
      <section class="panel" aria-labelledby="together-heading">
        <h2 id="together-heading">{t('questionnaire.togetherHeading')}</h2>
        <p>{t('questionnaire.together')}</p>
        <ul>
          <li>{t('questionnaire.togetherSponsor')}</li>
          <li>{t('questionnaire.togetherHr')}</li>
          <li>{t('questionnaire.togetherMentor')}</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('questionnaire.privacyHeading')}</h2>
        <p>
          {t('questionnaire.privacy')} <a href={localizedPath(base, lang, 'privacy/')}>{t('questionnaire.privacyLink')}</a>
        </p>
      </section>
      {ready && (
        <div class="button-group">
          {answered === 0 ? (
            <button type="button" class="button button--start" onClick={start}>
              {t('questionnaire.start')}
            </button>
          ) : (
            <>
              <div>
                <button type="button" class="button button--start" onClick={start} aria-describedby="resume-hint">
                  {t('questionnaire.resume')}
                </button>
                <p class="meta" id="resume-hint">
                  {t('questionnaire.resumeHint', { answered, count })}
                </p>
              </div>
              <StartAgainButton />
            </>
          )}
        </div>
      )}
    </div>
  );
}
