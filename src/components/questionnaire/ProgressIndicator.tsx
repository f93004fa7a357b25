interface Props {
  /** How many questions are answered. */
  answered: number;
  total: number;
}

/** A thin bar showing how far along the questions the user is; the heading says it in words. */
export function ProgressIndicator({ answered, total }: Props) {
  const share = total === 0 ? 0 : Math.round((answered / total) * 100);
  // SVG attributes rather than a style attribute, which the Content-Security-Policy would block.
  return (
    <svg class="progress-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="progress-bar__track" width="100" height="4" rx="2" />
      <rect class="progress-bar__fill" width={share} height="4" rx="2" />
    </svg>
  );
}
