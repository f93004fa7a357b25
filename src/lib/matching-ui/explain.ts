// Plain-word explanations: why a pair fits, why someone has no partner or group, what went wrong
// with an imported row. Pure functions over the matching result and the page's strings, so every
// sentence the page shows can be tested without a browser.

import type { Group, Ungrouped } from '../matching/groups';
import type { Pair, Unmatched } from '../matching/match';
import type { ImportProblem } from '../matching/people';
import type { BlockReason } from '../matching/rules';
import type { MatchingT } from './strings';

/** What the sentences need besides the strings: names of topics, half-days and columns in the page's language. */
export interface ExplainContext {
  readonly t: MatchingT;
  readonly topicName: (topic: string) => string;
  readonly slotName: (slot: string) => string;
  readonly columnName: (columnId: string) => string;
}

const BLOCK_ORDER: readonly BlockReason[] = ['reporting-line', 'please-not', 'no-shared-time', 'excluded'];

/** "A", "A and B", "A, B and C" in the page's language. */
export function joinWords(t: MatchingT, words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${t('matching.and')} ${words.at(-1) ?? ''}`;
}

/** The sentences that say why a pair fits, in the order a facilitator reads them. */
export function explainPair(context: ExplainContext, pair: Pair): string[] {
  const { t } = context;
  const { senior, junior, fit } = pair;
  const sentences: string[] = [];
  sentences.push(
    fit.sharedTopics.length > 0
      ? t('matching.explainTopics', {
          junior: junior.name,
          senior: senior.name,
          topics: joinWords(t, fit.sharedTopics.map(context.topicName)),
        })
      : t('matching.explainNoTopic'),
  );
  if (fit.sameDepartment === false) {
    sentences.push(
      t('matching.explainOtherDepartment', {
        senior: senior.name,
        seniorDepartment: senior.department,
        junior: junior.name,
        juniorDepartment: junior.department,
      }),
    );
  } else if (fit.sameDepartment === true) {
    sentences.push(t('matching.explainSameDepartment', { department: senior.department }));
  }
  sentences.push(
    fit.sharedSlots.length > 0
      ? t('matching.explainTime', { slots: joinWords(t, fit.sharedSlots.map(context.slotName)) })
      : t('matching.explainNoTime'),
  );
  if (fit.sameSite === true) sentences.push(t('matching.explainSameSite', { site: senior.site }));
  if (fit.sameSite === false) {
    sentences.push(t('matching.explainOtherSite', { seniorSite: senior.site, juniorSite: junior.site }));
  }
  return sentences;
}

/** The names blocked by each hard rule, one sentence per rule. */
function blockedSentences(t: MatchingT, blocked: Readonly<Partial<Record<BlockReason, readonly string[]>>>): string[] {
  return BLOCK_ORDER.flatMap((reason) => {
    const names = blocked[reason];
    return names && names.length > 0 ? [t(`matching.reason.list.${reason}`, { names: joinWords(t, names) })] : [];
  });
}

/** The sentences that say why someone has no partner. */
export function explainUnmatched(context: ExplainContext, { person, reason }: Unmatched): string[] {
  const { t } = context;
  switch (reason.kind) {
    case 'no-one-on-other-side':
      return [t(person.role === 'senior' ? 'matching.reason.noJuniors' : 'matching.reason.noSeniors')];
    case 'partners-taken':
      return [t('matching.reason.partnersTaken', { names: joinWords(t, reason.partners) })];
    case 'no-allowed-partner':
      return [t('matching.reason.noPartner', { name: person.name }), ...blockedSentences(t, reason.blocked)];
  }
}

/** The sentences that say why someone is in no group. */
export function explainUngrouped(context: ExplainContext, { person, reason }: Ungrouped): string[] {
  const { t } = context;
  switch (reason.kind) {
    case 'no-groups':
      return [t('matching.reason.noGroups')];
    case 'groups-full':
      return [t('matching.reason.groupsFull', { name: person.name })];
    case 'no-allowed-group':
      return [t('matching.reason.noGroup', { name: person.name }), ...blockedSentences(t, reason.blocked)];
  }
}

/** The sentences that describe a group: who is in it and which wanted topics it covers. */
export function explainGroup(context: ExplainContext, group: Group): string[] {
  const { t } = context;
  const sentences = [
    t('matching.groupSeniors', {
      names: joinWords(
        t,
        group.seniors.map((p) => p.name),
      ),
    }),
    t('matching.groupJuniors', {
      names: joinWords(
        t,
        group.juniors.map((p) => p.name),
      ),
    }),
  ];
  if (group.coveredTopics.length > 0) {
    sentences.push(t('matching.groupCovered', { topics: joinWords(t, group.coveredTopics.map(context.topicName)) }));
  }
  if (group.missingTopics.length > 0) {
    sentences.push(t('matching.groupMissing', { topics: joinWords(t, group.missingTopics.map(context.topicName)) }));
  }
  return sentences;
}

/** The message for one import problem, naming its row and column. */
export function problemMessage(context: ExplainContext, problem: ImportProblem, maxPeople: number): string {
  const column = problem.code === 'missing-column' ? context.columnName(problem.column ?? '') : (problem.column ?? '');
  return context.t(`matching.problem.${problem.code}`, {
    row: problem.row,
    column,
    value: problem.value ?? '',
    firstRow: problem.firstRow ?? '',
    max: maxPeople,
  });
}
