// Clock offsets for a session agenda: a facilitator reads "0:25-0:40" faster than a running sum.

/** Formats minutes from the session's start as an hour:minute offset, e.g. 75 → '1:15'. */
export function formatOffset(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours}:${String(rest).padStart(2, '0')}`;
}

/** An agenda step with its start and end offsets. */
export type TimedStep<Step extends { minutes: number }> = Step & {
  /** Offset at which the step starts, e.g. '0:10'. */
  start: string;
  /** Offset at which the step ends, e.g. '0:25'. */
  end: string;
};

/** Adds start and end offsets to each step, counting from 0:00. */
export function timeAgenda<Step extends { minutes: number }>(steps: readonly Step[]): TimedStep<Step>[] {
  let elapsed = 0;
  return steps.map((step) => {
    const start = elapsed;
    elapsed += step.minutes;
    return { ...step, start: formatOffset(start), end: formatOffset(elapsed) };
  });
}
