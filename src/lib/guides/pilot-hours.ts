// The time a reverse mentoring pilot asks of people, worked out from the content: the pilot's length
// in months comes from the questionnaire's recommendations, each session's minutes from the session
// templates' agendas. Nothing here is a number of its own except how often each sheet is used,
// which follows from the pilot plan: one session a month, the first of them being the first meeting.

/** The pilot formats whose sessions the templates describe. */
export type ReversePilotFormat = 'reverse-pairs' | 'reverse-groups';

/** How many times one template's session happens in a pilot of a given length. */
type Occurrences = (months: number) => number;
const once: Occurrences = () => 1;

/** Which templates each participant uses, and how often. */
const PARTICIPANT_SESSIONS: Record<ReversePilotFormat, Readonly<Record<string, Occurrences>>> = {
  'reverse-pairs': {
    'kickoff': once,
    'agreement': once,
    'first-meeting': once,
    'monthly-session': (months) => Math.max(0, months - 1),
    'mid-pilot-check-in': once,
    'closing-evaluation': once,
  },
  'reverse-groups': {
    'kickoff': once,
    'group-session': (months) => months,
    'mid-pilot-check-in': once,
    'closing-evaluation': once,
  },
};

/** Sessions the programme owner runs once for the whole pilot; the check-in is held with each pair or group. */
const OWNER_ONCE = ['kickoff', 'closing-evaluation'] as const;
const OWNER_PER_UNIT = 'mid-pilot-check-in';

/** The hours a pilot costs, rounded to the half hour. */
interface PilotHours {
  /** Each mentor and each mentee (or each group member). */
  perParticipant: number;
  /** The programme owner, for a pilot of the given number of pairs or groups, sessions only. */
  owner: number;
  /** Everybody together, for a pilot of `units` pairs; undefined for groups, whose size varies. */
  total?: number;
}

const toHours = (minutes: number): number => Math.round((minutes / 60) * 2) / 2;

/** Computes a pilot's hours from its length, the templates' minutes and the number of pairs or groups. */
export function pilotHours(
  format: ReversePilotFormat,
  months: number,
  minutesOf: Readonly<Record<string, number>>,
  units: number,
): PilotHours {
  const minutes = (slug: string): number => {
    const value = minutesOf[slug];
    if (value === undefined) throw new Error(`pilot hours: the template "${slug}" has no duration in minutes`);
    return value;
  };
  const sessions = PARTICIPANT_SESSIONS[format];
  const participant = Object.entries(sessions).reduce((sum, [slug, times]) => sum + minutes(slug) * times(months), 0);
  const owner = OWNER_ONCE.reduce((sum, slug) => sum + minutes(slug), 0) + minutes(OWNER_PER_UNIT) * units;
  const result: PilotHours = { perParticipant: toHours(participant), owner: toHours(owner) };
  if (format === 'reverse-pairs') result.total = toHours(participant * 2 * units + owner);
  return result;
}

/** The template slugs whose minutes a format's hours depend on. */
export function templatesUsed(format: ReversePilotFormat): string[] {
  return [...new Set([...Object.keys(PARTICIPANT_SESSIONS[format]), ...OWNER_ONCE, OWNER_PER_UNIT])];
}
