// What pairs and groups show alike: a card per pair or group, and the list of people left over.
import type { ComponentChildren } from 'preact';
import { useMatchingView } from './matching-view';

interface CardProps {
  readonly headingId: string;
  /** "Sam and Noor", "Group 2". */
  readonly name: string;
  readonly locked: boolean;
  /** Why the pair or group was made, a sentence each. */
  readonly reasons: readonly string[];
  readonly onToggleLock: () => void;
  /** Buttons and links after the lock. */
  readonly children?: ComponentChildren;
}

/** A pair or group: its name (and "Locked"), the reasons it was made, its lock and its other actions. */
export function MatchCard({ headingId, name, locked, reasons, onToggleLock, children }: CardProps) {
  const { t } = useMatchingView();
  const lockLabel = t(locked ? 'matching.unlock' : 'matching.lock');
  return (
    <li class={locked ? 'pair-card pair-card--locked' : 'pair-card'} aria-labelledby={headingId}>
      <h3 class="pair-card__title" id={headingId}>
        {name}
        {locked && <span class="tag">{t('matching.locked')}</span>}
      </h3>
      <ul class="pair-card__reasons">
        {reasons.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <div class="button-group">
        <button
          type="button"
          class="button button--secondary button--small"
          aria-label={`${lockLabel}: ${name}`}
          onClick={onToggleLock}
        >
          {lockLabel}
        </button>
        {children}
      </div>
    </li>
  );
}

interface LeftOverProps {
  readonly heading: string;
  /** Said when no one is left over. */
  readonly none: string;
  /** Each person left over: how they are named, and why they are left over. */
  readonly people: readonly { readonly name: string; readonly label: string; readonly reasons: readonly string[] }[];
}

/** The people without a partner or group, with the reasons. */
export function LeftOverList({ heading, none, people }: LeftOverProps) {
  return (
    <>
      <h3 id="left-over-heading">{heading}</h3>
      {people.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul class="unmatched-list" aria-labelledby="left-over-heading">
          {people.map((person) => (
            <li key={person.name}>
              <strong>{person.label}</strong>
              {person.reasons.map((sentence) => (
                <span class="unmatched-list__reason" key={sentence}>
                  {' '}
                  {sentence}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
