import type { DimensionScores, RuleFinding } from '../../lib/questionnaire/types';
import { findingTitle, keptDownWords } from '../../lib/questionnaire-ui/rule-words';
import { useView } from './questionnaire-context';

interface Props {
  /** The words above the list, e.g. "What holds the result here". */
  heading: string;
  findings: readonly RuleFinding[];
  scores: DimensionScores;
  /** The list's classes, which say how paper prints it. */
  listClass: string;
}

/** One reason: the organisation's own answer or score, why it holds the format back, and for a score the answers behind it. */
function Reason({ finding, scores }: { finding: RuleFinding; scores: DimensionScores }) {
  const view = useView();
  const keptDown = keptDownWords(view, scores, finding);
  return (
    <li class="reason">
      <strong class="reason__title">{findingTitle(view, finding)}</strong>
      <span class="reason__why">
        {view.text(finding.rule.explanation)}
        {keptDown && <> {keptDown}</>}
      </span>
    </li>
  );
}

/** Reasons under their heading, each explained. */
export function ReasonList({ heading, findings, scores, listClass }: Props) {
  return (
    <>
      <h3>{heading}</h3>
      <ul class={listClass}>
        {findings.map((finding) => (
          <Reason key={finding.rule.id} finding={finding} scores={scores} />
        ))}
      </ul>
    </>
  );
}
