// The dated plan: its summary, a warning for a kickoff in the past, the calendar file and print
// buttons, the table (which is what prints), and the links that keep the plan.
import { useEffect, useRef } from 'preact/hooks';
import { localizedPath } from '../../lib/paths';
import { dateText } from '../../lib/planner/date-text';
import { kickoffInPast, type PilotPlan, type PlanMoment } from '../../lib/planner/plan';
import { encodePlanLink } from '../../lib/planner/plan-link';
import { sheetHref } from '../../lib/planner/plan-data';
import { momentDetail, momentName, movedText, planSummary } from '../../lib/planner/plan-text';
import { $calendarUrl, $planMade, $today } from '../../stores/planner';
import { printPlan } from '../../stores/planner-plan-reactions';
import { useStore } from '../island-kit/use-store';
import { usePlannerView } from './planner-context';

/** One moment of the plan as a row: date, what and why it moved, the sheets. */
function PlanRow({ plan, moment }: { plan: PilotPlan; moment: PlanMoment }) {
  const { t, data } = usePlannerView();
  const detail = momentDetail(t, data, plan, moment);
  const moved = movedText(t, data, plan, moment);
  return (
    <tr class={`plan-table__row plan-table__row--${moment.kind}`}>
      <th scope="row" class="plan-table__date">
        {dateText(data.lang, moment.date)}
      </th>
      <td>
        <strong>{momentName(t, plan, moment)}</strong>
        {moved && <span class="plan-table__moved">{moved}</span>}
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
                <a href={sheetHref(data, slug)}>{data.sheets[slug]?.title ?? slug}</a>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** The links that keep the plan: to itself, and to its kit with the copies counted. */
function KeepPlan({ plan }: { plan: PilotPlan }) {
  const { t, data } = usePlannerView();
  const unit = data.rhythm.formats[plan.input.format].unit;
  const fragment = encodePlanLink(plan.input, unit);
  const units = plan.input.units === 1 ? t(`pilot.unit.${unit}`) : t(`pilot.units.${unit}`);
  return (
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
  );
}

/** The dated plan with its calendar file, print button, link and kit. */
export function PlanView({ plan }: { plan: PilotPlan }) {
  const { t, data } = usePlannerView();
  const calendarUrl = useStore($calendarUrl);
  const today = useStore($today);
  const made = useStore($planMade);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Focus moves to the plan in the frame after it is drawn, when the user asked for it.
    if (made > 0) requestAnimationFrame(() => heading.current?.focus());
  }, [made]);
  return (
    <section class="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" tabIndex={-1} ref={heading}>
        {t('planner.planHeading')}
      </h2>
      <p class="plan__summary">{planSummary(t, data, plan)}</p>
      {today && kickoffInPast(plan, today) && (
        <p class="plan__warning" data-print="hide">
          <strong>{t('planner.pastKickoff')}</strong>
        </p>
      )}
      <div class="plan__actions" data-print="hide">
        {calendarUrl && (
          <a class="button" href={calendarUrl} download={`${t('planner.fileName')}.ics`}>
            {t('planner.download')}
          </a>
        )}
        <button class="button button--secondary" type="button" onClick={printPlan}>
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
          {plan.moments.map((moment) => (
            <PlanRow plan={plan} moment={moment} />
          ))}
        </tbody>
      </table>
      <KeepPlan plan={plan} />
    </section>
  );
}
