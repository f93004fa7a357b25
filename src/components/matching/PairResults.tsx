import { useState } from 'preact/hooks';
import { useStore } from '../island-kit/use-store';
import { $excluded, $status, allowPair, excludePair, lockPair, swapJuniors, unlockPair } from '../../stores/matching';
import { explainPair, explainUnmatched, joinWords } from '../../lib/matching-ui/explain';
import type { Pair, PairingResult } from '../../lib/matching/match';
import type { PairKey } from '../../lib/matching/types';
import { LeftOverList, MatchCard } from './MatchCard';
import { useMatchingView } from './matching-view';

const keyOf = (pair: PairKey): string => `${pair.senior}\u0000${pair.junior}`;

/** The swap form: two pairs whose juniors change places. */
function SwapForm({ pairs }: { pairs: readonly PairKey[] }) {
  const { t } = useMatchingView();
  const status = useStore($status);
  const [first, setFirst] = useState(0);
  const [second, setSecond] = useState(1);
  const label = (pair: PairKey) => t('matching.pairName', { senior: pair.senior, junior: pair.junior });
  const message =
    status?.kind === 'swapped'
      ? t('matching.swapDone', { first: label(status.first), second: label(status.second) })
      : status?.kind === 'swap-same'
        ? t('matching.swapSame')
        : status?.kind === 'swap-blocked'
          ? t('matching.swapBlocked', {
              senior: status.pair.senior,
              junior: status.pair.junior,
              reason: t(`matching.block.${status.reason}`),
            })
          : '';
  const submit = (event: Event): void => {
    event.preventDefault();
    const a = pairs[first];
    const b = pairs[second];
    if (a && b) swapJuniors(a, b);
  };
  return (
    <form class="matching-swap" onSubmit={submit} aria-labelledby="swap-heading">
      <h3 id="swap-heading">{t('matching.swapHeading')}</h3>
      <p class="hint">{t('matching.swapHint')}</p>
      <div class="field-row">
        {[
          { id: 'swap-first', label: t('matching.swapFirst'), value: first, set: setFirst },
          { id: 'swap-second', label: t('matching.swapSecond'), value: second, set: setSecond },
        ].map((select) => (
          <div class="field" key={select.id}>
            <label class="label" for={select.id}>
              {select.label}
            </label>
            <select
              id={select.id}
              class="select"
              value={String(select.value)}
              onChange={(event) => select.set(Number(event.currentTarget.value))}
            >
              {pairs.map((pair, index) => (
                <option key={keyOf(pair)} value={String(index)}>
                  {label(pair)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" class="button button--secondary">
        {t('matching.swapButton')}
      </button>
      <p role="status" class="matching-status">
        {message}
      </p>
    </form>
  );
}

/** One pair: its reasons, lock, "Not this pair" and the agreement sheet. */
function PairCard({ pair, number }: { pair: Pair; number: number }) {
  const view = useMatchingView();
  const { t } = view;
  const key = { senior: pair.senior.name, junior: pair.junior.name };
  const name = t('matching.pairName', key);
  return (
    <MatchCard
      headingId={`pair-${number}`}
      name={name}
      locked={pair.locked}
      reasons={explainPair(view, pair)}
      onToggleLock={() => (pair.locked ? unlockPair(key) : lockPair(key))}
    >
      <button
        type="button"
        class="button button--secondary button--small"
        aria-label={`${t('matching.exclude')}: ${name}`}
        onClick={() => excludePair(key)}
      >
        {t('matching.exclude')}
      </button>
      <a class="pair-card__link" href={view.agreementHref} aria-label={`${t('matching.agreement')}: ${name}`}>
        {t('matching.agreement')}
      </a>
    </MatchCard>
  );
}

/** The pairs the facilitator ruled out, each with "Allow again". */
function ExcludedList() {
  const { t } = useMatchingView();
  const excluded = useStore($excluded);
  if (excluded.length === 0) return null;
  const pairName = (pair: PairKey) => t('matching.pairName', { senior: pair.senior, junior: pair.junior });
  return (
    <>
      <h3 id="excluded-heading">{t('matching.excludedHeading')}</h3>
      <ul class="excluded-list" aria-labelledby="excluded-heading">
        {excluded.map((pair) => (
          <li key={keyOf(pair)}>
            {pairName(pair)}{' '}
            <button
              type="button"
              class="link-button"
              aria-label={`${t('matching.allowAgain')}: ${pairName(pair)}`}
              onClick={() => allowPair(pair)}
            >
              {t('matching.allowAgain')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The pairs with their reasons and actions, then everyone without a partner and why. */
export function PairResults({ result }: { result: PairingResult }) {
  const view = useMatchingView();
  const { t } = view;
  const pairName = (pair: PairKey) => t('matching.pairName', { senior: pair.senior, junior: pair.junior });
  const keys = result.pairs.map((pair) => ({ senior: pair.senior.name, junior: pair.junior.name }));
  return (
    <>
      <p class="matching-summary">
        {t('matching.pairsSummary', { pairs: result.pairs.length, unmatched: result.unmatched.length })}
      </p>
      {result.droppedLocks.length > 0 && (
        <p class="notice notice--problem">
          {t('matching.droppedLocks', { pairs: joinWords(t, result.droppedLocks.map(pairName)) })}
        </p>
      )}
      <ol class="pair-list" aria-labelledby="result-heading">
        {result.pairs.map((pair, index) => (
          <PairCard key={keyOf(keys[index] as PairKey)} pair={pair} number={index + 1} />
        ))}
      </ol>
      {keys.length >= 2 && <SwapForm pairs={keys} />}
      <LeftOverList
        heading={t('matching.unmatchedHeading')}
        none={t('matching.unmatchedNone')}
        people={result.unmatched.map((item) => ({
          name: item.person.name,
          label: `${item.person.name} (${t(item.person.role === 'senior' ? 'matching.colSenior' : 'matching.colJunior')})`,
          reasons: explainUnmatched(view, item),
        }))}
      />
      <ExcludedList />
    </>
  );
}
