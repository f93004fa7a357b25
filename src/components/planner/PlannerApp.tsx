// The pilot planner island: a GOV.UK-style form, pre-filled from the plan link after the #, and
// the dated plan with a calendar file, a print button and a link that holds the plan. All logic
// lives in src/lib/planner; this file only wires it to the page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildPlan, type PilotPlan } from '../../lib/planner/plan';
import {
  defaultFields,
  validatePlanFields,
  YEARS,
  type FieldError,
  type PlanField,
  type PlanFields,
} from '../../lib/planner/plan-fields';
import { encodePlanLink, readPlanLink, type LinkProblem } from '../../lib/planner/plan-link';
import { planToIcs } from '../../lib/planner/ics';
import { monthsText, rhythmText } from '../../lib/planner/rhythm-text';
import { plannerTranslator, type PlannerStrings } from '../../lib/planner/strings';
import { PLANNED_FORMATS, WEEKDAYS, type PlannedFormat, type SheetSlug } from '../../lib/planner/types';
import { localizedPath } from '../../lib/paths';
import {
  dateText,
  momentDetail,
  momentName,
  planSummary,
  sheetHref,
  type PlannerData,
  type PlannerT,
} from './planner-view';

interface Props extends PlannerData {
  strings: PlannerStrings;
}

const FIELD_IDS: Record<PlanField, string> = {
  format: `planner-format-${PLANNED_FORMATS[0]}`,
  units: 'planner-units',
  months: 'planner-months',
  rhythm: 'planner-rhythm',
  weekday: 'planner-weekday',
  day: 'planner-day',
  month: 'planner-month',
  year: 'planner-year',
  time: 'planner-time',
};

/** The message for a refused field, in the user's words. */
function errorText(t: PlannerT, error: FieldError, unit: 'pair' | 'group'): string {
  const words = { unit: t(`pilot.unit.${unit}`), units: t(`pilot.units.${unit}`), limit: error.limit ?? 0 };
  switch (error.field) {
    case 'format':
      return t(error.problem === 'missing' ? 'planner.error.format.missing' : 'planner.error.format.unknown-format');
    case 'units':
      if (error.problem === 'missing') return t('planner.error.units.missing', words);
      if (error.problem === 'too-few') return t('planner.error.units.too-few', words);
      if (error.problem === 'too-many') return t('planner.error.units.too-many', words);
      return t('planner.error.units.not-a-whole-number', words);
    case 'months':
      return t('planner.error.months');
    case 'rhythm':
      return t('planner.error.rhythm');
    case 'weekday':
      return t('planner.error.weekday');
    case 'time':
      return t('planner.error.time');
    default:
      if (error.problem === 'missing') return t(`planner.error.date.missing.${error.field}`);
      if (error.problem === 'year-out-of-range') return t('planner.error.date.year', YEARS);
      return t('planner.error.date.impossible');
  }
}

/** The state the page shows: what is in the fields, what is wrong, and the plan once there is one. */
interface PlannerState {
  fields: PlanFields;
  errors: FieldError[];
  linkProblems: LinkProblem[];
  plan?: PilotPlan | undefined;
}

/** Reads the address's fragment into the planner's state: a complete, valid link shows its plan at once. */
function stateFromLink(hash: string, data: PlannerData): PlannerState {
  const read = readPlanLink(hash, data.rhythm);
  const result = validatePlanFields(read.fields, data.rhythm);
  const minutes = Object.fromEntries(Object.entries(data.sheets).map(([slug, sheet]) => [slug, sheet?.minutes]));
  if (result.ok && read.problems.length === 0 && read.complete) {
    return { fields: read.fields, errors: [], linkProblems: [], plan: buildPlan(result.input, data.rhythm, minutes) };
  }
  // A link that names values but cannot be used shows why at once; a short link from the result just fills in.
  const showErrors = read.problems.length > 0 || (read.complete && !result.ok);
  const errors = showErrors && !result.ok ? result.errors : [];
  return { fields: read.fields, errors, linkProblems: read.problems };
}

/** The pilot planner: form, plan, calendar file, print and link. */
export default function PlannerApp({ strings, ...data }: Props) {
  const t = useMemo(() => plannerTranslator(strings), [strings]);
  const [state, setState] = useState<PlannerState>(() => ({
    fields: defaultFields('reverse-pairs', data.rhythm),
    errors: [],
    linkProblems: [],
  }));
  const summaryRef = useRef<HTMLDivElement>(null);
  const planHeadingRef = useRef<HTMLHeadingElement>(null);
  const minutes = useMemo(
    () => Object.fromEntries(Object.entries(data.sheets).map(([slug, sheet]) => [slug, sheet?.minutes])),
    [data.sheets],
  );

  useEffect(() => {
    const read = (): void => setState(stateFromLink(window.location.hash, data));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (state.errors.length > 0 || state.linkProblems.length > 0) summaryRef.current?.focus();
  }, [state.errors, state.linkProblems]);

  const format = (PLANNED_FORMATS as readonly string[]).includes(state.fields.format)
    ? (state.fields.format as PlannedFormat)
    : 'reverse-pairs';
  const own = data.rhythm.formats[format];
  const errorFor = (...fields: PlanField[]): FieldError | undefined =>
    state.errors.find((error) => fields.includes(error.field));

  const update = (field: PlanField, value: string): void => {
    setState((previous) => {
      const fields = { ...previous.fields, [field]: value };
      if (field === 'format' && (PLANNED_FORMATS as readonly string[]).includes(value)) {
        // A new format brings its own length and rhythm, unless the chosen ones suit it too.
        const next = data.rhythm.formats[value as PlannedFormat];
        if (!next.lengths.includes(Number(fields.months))) fields.months = String(next.lengthMonths);
        if (!(next.rhythms as string[]).includes(fields.rhythm)) fields.rhythm = next.rhythm;
      }
      return { ...previous, fields };
    });
  };

  const submit = (event: Event): void => {
    event.preventDefault();
    const result = validatePlanFields(state.fields, data.rhythm);
    if (!result.ok) {
      setState({ ...state, errors: result.errors, linkProblems: [], plan: undefined });
      return;
    }
    const fragment = encodePlanLink(result.input, data.rhythm.formats[result.input.format].unit);
    history.replaceState(null, '', `#${fragment}`);
    setState({ ...state, errors: [], linkProblems: [], plan: buildPlan(result.input, data.rhythm, minutes) });
    requestAnimationFrame(() => planHeadingRef.current?.focus());
  };

  const goTo =
    (field: PlanField) =>
    (event: MouseEvent): void => {
      event.preventDefault();
      const element = document.getElementById(FIELD_IDS[field]);
      element?.focus();
      element?.closest('.field')?.scrollIntoView();
    };

  const hasSummary = state.errors.length > 0 || state.linkProblems.length > 0;
  const unit = own.unit;

  /** A select that keeps a value it does not offer (from a tampered link), so the user sees what was there. */
  const options = (values: readonly string[], current: string, label: (value: string) => string) => [
    ...(values.includes(current) ? [] : [<option value={current}>{current}</option>]),
    ...values.map((value) => <option value={value}>{label(value)}</option>),
  ];

  const fieldClass = (...fields: PlanField[]): string => `field${errorFor(...fields) ? ' field--error' : ''}`;
  const message = (id: string, ...fields: PlanField[]) => {
    const error = errorFor(...fields);
    return error ? (
      <p class="error-message" id={id}>
        {errorText(t, error, unit)}
      </p>
    ) : null;
  };
  const describedBy = (hint: string | undefined, errorId: string, ...fields: PlanField[]): string | undefined =>
    [hint, errorFor(...fields) ? errorId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <div class="planner">
      <form class="planner-form" onSubmit={submit} noValidate data-print="hide" aria-labelledby="planner-form-heading">
        {hasSummary && (
          <div class="error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby="planner-error-title">
            <div role="alert">
              <h2 class="error-summary__title" id="planner-error-title">
                {t('planner.errorTitle')}
              </h2>
              {state.linkProblems.length > 0 && <p>{t('planner.link.problem')}</p>}
              <ul class="error-summary__list">
                {state.linkProblems.map((problem) => (
                  <li>{t(`planner.link.${problem.reason}`, { key: problem.key })}</li>
                ))}
                {state.errors.map((error) => (
                  <li>
                    <a href={`#${FIELD_IDS[error.field]}`} onClick={goTo(error.field)}>
                      {errorText(t, error, unit)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <h2 id="planner-form-heading">{t('planner.formHeading')}</h2>

        <div class={fieldClass('format')}>
          <fieldset class="fieldset" aria-describedby={errorFor('format') ? 'planner-format-error' : undefined}>
            <legend class="fieldset__legend planner-label">{t('planner.format')}</legend>
            {message('planner-format-error', 'format')}
            <div class="radios">
              {PLANNED_FORMATS.map((value) => (
                <div class="radios__item">
                  <input
                    class="radios__input"
                    type="radio"
                    name="format"
                    id={`planner-format-${value}`}
                    value={value}
                    checked={state.fields.format === value}
                    onChange={() => update('format', value)}
                  />
                  <label class="radios__label" for={`planner-format-${value}`}>
                    {data.formats[value]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>

        <div class={fieldClass('units')}>
          <label class="planner-label" for="planner-units">
            {t(`planner.units.${unit}`)}
          </label>
          <p class="hint" id="planner-units-hint">
            {t('planner.unitsHint', { max: own.maxUnits })}
          </p>
          {message('planner-units-error', 'units')}
          <input
            class="input input--short"
            id="planner-units"
            name="units"
            type="text"
            inputMode="numeric"
            spellcheck={false}
            value={state.fields.units}
            aria-describedby={describedBy('planner-units-hint', 'planner-units-error', 'units')}
            onInput={(event) => update('units', event.currentTarget.value)}
          />
        </div>

        <div class="planner-selects">
          <div class={fieldClass('months')}>
            <label class="planner-label" for="planner-months">
              {t('planner.months')}
            </label>
            {message('planner-months-error', 'months')}
            <select
              class="select"
              id="planner-months"
              name="months"
              aria-describedby={describedBy(undefined, 'planner-months-error', 'months')}
              onChange={(event) => update('months', event.currentTarget.value)}
              value={state.fields.months}
            >
              {options(own.lengths.map(String), state.fields.months, (value) => monthsText(Number(value), t))}
            </select>
          </div>
          <div class={fieldClass('rhythm')}>
            <label class="planner-label" for="planner-rhythm">
              {t('planner.rhythm')}
            </label>
            {message('planner-rhythm-error', 'rhythm')}
            <select
              class="select"
              id="planner-rhythm"
              name="rhythm"
              aria-describedby={describedBy(undefined, 'planner-rhythm-error', 'rhythm')}
              onChange={(event) => update('rhythm', event.currentTarget.value)}
              value={state.fields.rhythm}
            >
              {options(own.rhythms, state.fields.rhythm, (value) => {
                const text = rhythmText(value as (typeof own.rhythms)[number], t);
                return text.charAt(0).toUpperCase() + text.slice(1);
              })}
            </select>
          </div>
          <div class={fieldClass('weekday')}>
            <label class="planner-label" for="planner-weekday">
              {t('planner.weekday')}
            </label>
            {message('planner-weekday-error', 'weekday')}
            <select
              class="select"
              id="planner-weekday"
              name="weekday"
              aria-describedby={describedBy(undefined, 'planner-weekday-error', 'weekday')}
              onChange={(event) => update('weekday', event.currentTarget.value)}
              value={state.fields.weekday}
            >
              {options(WEEKDAYS, state.fields.weekday, (value) => {
                const text = t(`planner.weekday.${value as (typeof WEEKDAYS)[number]}`);
                return text.charAt(0).toUpperCase() + text.slice(1);
              })}
            </select>
          </div>
        </div>

        <div class={fieldClass('day', 'month', 'year')}>
          <fieldset
            class="fieldset"
            aria-describedby={describedBy('planner-start-hint', 'planner-start-error', 'day', 'month', 'year')}
          >
            <legend class="fieldset__legend planner-label">{t('planner.start')}</legend>
            <p class="hint" id="planner-start-hint">
              {t('planner.startHint')}
            </p>
            {message('planner-start-error', 'day', 'month', 'year')}
            <div class="date-input">
              {(['day', 'month', 'year'] as const).map((part) => (
                <div class="date-input__item">
                  <label class="date-input__label" for={`planner-${part}`}>
                    {t(`planner.${part}`)}
                  </label>
                  <input
                    class={`input date-input__${part}${errorFor(part) ? ' input--error' : ''}`}
                    id={`planner-${part}`}
                    name={part}
                    type="text"
                    inputMode="numeric"
                    spellcheck={false}
                    value={state.fields[part]}
                    onInput={(event) => update(part, event.currentTarget.value)}
                  />
                </div>
              ))}
            </div>
          </fieldset>
        </div>

        <div class={fieldClass('time')}>
          <label class="planner-label" for="planner-time">
            {t('planner.time')}
          </label>
          <p class="hint" id="planner-time-hint">
            {t('planner.timeHint')}
          </p>
          {message('planner-time-error', 'time')}
          <input
            class="input input--short"
            id="planner-time"
            name="time"
            type="text"
            spellcheck={false}
            value={state.fields.time}
            aria-describedby={describedBy('planner-time-hint', 'planner-time-error', 'time')}
            onInput={(event) => update('time', event.currentTarget.value)}
          />
        </div>

        <button class="button" type="submit">
          {t('planner.submit')}
        </button>
      </form>

      {state.plan && <PlanView plan={state.plan} t={t} data={data} headingRef={planHeadingRef} />}
    </div>
  );
}

interface PlanViewProps {
  plan: PilotPlan;
  t: PlannerT;
  data: PlannerData;
  headingRef: { current: HTMLHeadingElement | null };
}

/** The dated plan with its calendar file, print button, link and kit. */
function PlanView({ plan, t, data, headingRef }: PlanViewProps) {
  const unit = data.rhythm.formats[plan.input.format].unit;
  const fragment = encodePlanLink(plan.input, unit);
  const sheetTitle = (slug: SheetSlug): string => data.sheets[slug]?.title ?? slug;
  const calendarUrl = useMemo(() => {
    const ics = planToIcs(
      plan,
      {
        calendarName: t('planner.calendarName', { format: data.formats[plan.input.format] }),
        summary: (moment) => momentName(t, plan, moment),
        description: (moment) =>
          [
            momentDetail(t, data, plan, moment),
            moment.sheets.length > 0
              ? t('planner.eventSheets', { sheets: moment.sheets.map(sheetTitle).join(', ') })
              : '',
            moment.sheets.length > 0
              ? t('planner.eventWhere', { address: `${data.host}${sheetHref(data, moment.sheets[0] as SheetSlug)}` })
              : '',
          ]
            .filter(Boolean)
            .join('\n'),
      },
      { uidDomain: data.host, now: new Date() },
    );
    return URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  }, [plan]);
  useEffect(() => () => URL.revokeObjectURL(calendarUrl), [calendarUrl]);

  const units = plan.input.units === 1 ? t(`pilot.unit.${unit}`) : t(`pilot.units.${unit}`);
  return (
    <section class="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" tabIndex={-1} ref={headingRef}>
        {t('planner.planHeading')}
      </h2>
      <p class="plan__summary">{planSummary(t, data, plan)}</p>
      <div class="plan__actions" data-print="hide">
        <a class="button" href={calendarUrl} download={`${t('planner.fileName')}.ics`}>
          {t('planner.download')}
        </a>
        <button class="button button--secondary" type="button" onClick={() => window.print()}>
          {t('planner.print')}
        </button>
      </div>
      <table class="plan-table">
        <thead>
          <tr>
            <th scope="col">{t('planner.col.date')}</th>
            <th scope="col">{t('planner.col.moment')}</th>
            <th scope="col">{t('planner.col.sheets')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.moments.map((moment) => {
            const detail = momentDetail(t, data, plan, moment);
            return (
              <tr class={`plan-table__row plan-table__row--${moment.kind}`}>
                <th scope="row" class="plan-table__date">
                  {dateText(data.lang, moment.date)}
                </th>
                <td>
                  <strong>{momentName(t, plan, moment)}</strong>
                  {detail && <span class="plan-table__detail">{detail}</span>}
                </td>
                <td>
                  {moment.kind === 'retake' ? (
                    <a href={localizedPath(data.base, data.lang, 'questionnaire/')}>{t('planner.retakeLink')}</a>
                  ) : moment.sheets.length === 0 ? (
                    t('planner.noSheet')
                  ) : (
                    <ul class="plan-table__sheets">
                      {moment.sheets.map((slug) => (
                        <li>
                          <a href={sheetHref(data, slug)}>{sheetTitle(slug)}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section class="panel plan__keep" aria-labelledby="plan-keep-heading" data-print="hide">
        <h3 id="plan-keep-heading">{t('planner.linkHeading')}</h3>
        <p>{t('planner.linkText')}</p>
        <p>
          <a href={`#${fragment}`}>{t('planner.link')}</a>
        </p>
        <p>
          <a href={`${localizedPath(data.base, data.lang, `templates/kit/${plan.input.format}/`)}#${fragment}`}>
            {t('planner.kitLink', { count: plan.input.units, units })}
          </a>
        </p>
      </section>
    </section>
  );
}
