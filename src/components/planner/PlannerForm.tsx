// The planner's form, GOV.UK style: every field with its label, hint and message, and one error
// summary at the top. It is in the server-rendered page too, so it can be filled in (and sent)
// before the island wakes up; the reactions keep what was typed then.
import { ErrorSummary } from '../island-kit/ErrorSummary';
import { errorText } from '../../lib/planner/error-text';
import { $errorAttempt, $errors, $linkProblems, makePlan } from '../../stores/planner';
import { PLANNER_FORM_ID } from '../../stores/planner-reactions';
import { useStore } from '../island-kit/use-store';
import { FIELD_IDS, usePlannerView } from './planner-context';
import { useField, useFormat } from './fields';
import { FormatField, HolidayFields, PlanSelects, StartField, TimeField, UnitsField } from './PlannerFields';

/** The problems of the last check, and of the link the page opened with. */
function FormErrors() {
  const { t, data } = usePlannerView();
  const errors = useStore($errors);
  const linkProblems = useStore($linkProblems);
  const attempt = useStore($errorAttempt);
  const { fields } = useField();
  const unit = data.rhythm.formats[useFormat(fields.format)].unit;
  if (errors.length === 0 && linkProblems.length === 0) return null;
  return (
    <ErrorSummary
      key={attempt}
      id="planner-error-title"
      title={t('form.errorTitle')}
      errors={[
        ...linkProblems.map((problem) => ({ message: t(`planner.link.${problem.reason}`, { key: problem.key }) })),
        ...errors.map((error) => ({ message: errorText(t, error, unit), fieldId: FIELD_IDS[error.field] })),
      ]}
    >
      {linkProblems.length > 0 && <p>{t('planner.link.problem')}</p>}
    </ErrorSummary>
  );
}

/** The planner's form. */
export function PlannerForm() {
  const { t } = usePlannerView();
  const submit = (event: Event): void => {
    event.preventDefault();
    makePlan();
  };
  return (
    <form
      id={PLANNER_FORM_ID}
      class="planner-form"
      method="get"
      onSubmit={submit}
      noValidate
      data-print="hide"
      aria-labelledby="planner-form-heading"
    >
      <FormErrors />
      <h2 id="planner-form-heading">{t('planner.formHeading')}</h2>
      <FormatField />
      <UnitsField />
      <PlanSelects />
      <StartField />
      <TimeField />
      <HolidayFields />
      <button class="button" type="submit">
        {t('planner.submit')}
      </button>
    </form>
  );
}
