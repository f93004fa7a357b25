import type { ComponentChildren } from 'preact';

interface Props {
  /** The fold's heading on screen, the same words as the heading of the section inside. */
  title: string;
  /** A few words under the heading that say what unfolds, e.g. "4 risks". */
  hint?: string;
  /** The section, with its own heading: shown on paper, where the fold's own heading is not. */
  children: ComponentChildren;
}

/**
 * A detail of the result, folded on screen under its heading (a native <details>, so it opens by
 * keyboard, screen reader and the browser's find-in-page alike). On paper nobody can unfold it, so
 * there it prints whole with the section's own heading (questionnaire.css, "Folds").
 */
export function ResultFold({ title, hint, children }: Props) {
  return (
    <details class="fold">
      <summary class="fold__summary">
        <h2 class="fold__heading">{title}</h2>
        {hint && <span class="fold__hint">{hint}</span>}
      </summary>
      {children}
    </details>
  );
}

/**
 * Opens every fold around an element, so that a link to it lands on something visible, and returns
 * what to scroll to and focus: the element, or the heading of its fold when the element itself is
 * the section heading that only paper shows.
 */
function unfoldTo(target: HTMLElement): HTMLElement {
  for (let fold = target.closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) {
    fold.open = true;
  }
  const fold = target.closest<HTMLElement>('details.fold');
  const summary = fold?.querySelector<HTMLElement>(':scope > summary');
  return target.getClientRects().length === 0 && summary ? summary : target;
}

/** A jump within the result that leaves the address alone (its #a=... is the shared result) and unfolds its target. */
export function jumpWithinPage(event: MouseEvent): void {
  const target = document.getElementById((event.currentTarget as HTMLAnchorElement).hash.slice(1));
  if (!target) return;
  event.preventDefault();
  const shown = unfoldTo(target);
  shown.scrollIntoView();
  shown.focus({ preventScroll: true });
}
