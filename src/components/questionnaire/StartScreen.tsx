import { useStore } from '../island-kit/use-store';
import type { ComponentChildren } from 'preact';
import { $answers, $questionnaire, $ready, start } from '../../stores/questionnaire';
import { answeredCount } from '../../lib/questionnaire/answers';
import { localizedPath } from '../../lib/paths';
import { FIRST_QUESTION_ID, HEADING_ID, useFirstScreenView } from './questionnaire-context';

/** Start as a link to the first question (as GOV.UK's start button is a link): it works before the island wakes up. */
function StartLink({ label, ready }: { label: string; ready: boolean }) {
  const onStart = (event: MouseEvent): void => {
    event.preventDefault();
    start();
  };
  return (
    <a href={`#${FIRST_QUESTION_ID}`} class="button button--start" onClick={ready ? onStart : undefined}>
      {label}
    </a>
  );
}

interface Props {
  /** "Start again" beside Carry on, for a user with saved answers (its code loads after the first screens). */
  startAgain?: ComponentChildren;
}

/** The introduction: what the check gives, Start (or Carry on) on the first screen, then privacy and how to take it as a team. */
export function StartScreen({ startAgain }: Props) {
  const { questionCount: count, t, base, lang } = useFirstScreenView();
  const ready = useStore($ready);
  const answers = useStore($answers);
  const questionnaire = useStore($questionnaire);
  const answered = questionnaire ? answeredCount(questionnaire, answers) : 0;

  return (
    <div class="start">
      <h1 id={HEADING_ID} tabIndex={-1}>
        {t('questionnaire.title')}
      </h1>
      <p class="lead">{t('questionnaire.lead', { count })}</p>
      <div class="button-group">
        {answered === 0 ? (
          <StartLink label={t('questionnaire.start')} ready={ready} />
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
            {startAgain}
          </>
        )}
      </div>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('questionnaire.privacyHeading')}</h2>
        <p>
          {t('questionnaire.privacy')}{' '}
          <a href={localizedPath(base, lang, 'privacy/')}>{t('questionnaire.privacyLink')}</a>
        </p>
      </section>
      <section class="panel" aria-labelledby="together-heading">
        <h2 id="together-heading">{t('questionnaire.togetherHeading')}</h2>
        <p>{t('questionnaire.together')}</p>
        <ul>
          <li>{t('questionnaire.togetherSponsor')}</li>
          <li>{t('questionnaire.togetherHr')}</li>
          <li>{t('questionnaire.togetherMentor')}</li>
        </ul>
        <p>
          <a href={localizedPath(base, lang, 'questionnaire/compare/')}>{t('questionnaire.togetherLink')}</a>
        </p>
        <p>
          <a href={localizedPath(base, lang, 'templates/questionnaire-paper/')}>{t('questionnaire.togetherPaper')}</a>
        </p>
      </section>
    </div>
  );
}
