import { LoadFailedNotice } from '../LoadFailedNotice';
import { CurrentScreen } from './CurrentScreen';
import { FirstScreenContext, ViewContext } from './questionnaire-context';
import { useQuestionnaireIsland } from './use-questionnaire-island';
import type { QuestionnaireIslandProps } from '../../lib/questionnaire-ui/page-data';

/**
 * The readiness questionnaire island. The server renders the start screen and, hidden until Start
 * is followed, the first question; on waking up the island fetches the page's data, opens the store
 * (keeping an answer given before) and shows the screen the store says.
 */
export default function QuestionnaireApp(props: QuestionnaireIslandProps) {
  const { first, view, loadFailed, shown } = useQuestionnaireIsland(props);
  const { t } = first;
  const { ready, later } = shown;

  return (
    <FirstScreenContext.Provider value={view ?? first}>
      <ViewContext.Provider value={view}>
        <div class="questionnaire">
          {loadFailed && (
            <LoadFailedNotice
              title={t('form.errorTitle')}
              message={t('questionnaire.loadFailed')}
              reload={t('questionnaire.reload')}
            />
          )}
          {ready && later && <later.Notices />}
          <CurrentScreen firstQuestion={props.firstQuestion} shown={shown} />
        </div>
      </ViewContext.Provider>
    </FirstScreenContext.Provider>
  );
}
