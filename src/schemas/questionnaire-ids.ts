// The fixed id lists of the questionnaire: the schema checks the content against them and the model in
// src/lib/questionnaire uses their values (src/lib/questionnaire/types.ts exports them with their types).
// Plain values, no imports, so the browser's bundles can carry them.

/** The readiness dimensions, in the order the result page shows them. */
export const DIMENSION_IDS = ['support', 'confidentiality', 'time', 'goals', 'openness', 'structure'] as const;

/** The five formats the tool can recommend. */
export const PILOT_FORMATS = ['buddy', 'traditional', 'reverse-pairs', 'reverse-groups', 'foundations'] as const;

/** The reverse-mentoring formats from least to most ready: a rule's cap moves a result down this list. */
export const READINESS_ORDER = ['foundations', 'reverse-groups', 'reverse-pairs'] as const;

/** The formats a rule may cap a result at: every level below the most ambitious one. */
export const CAP_FORMATS = ['foundations', 'reverse-groups'] as const;

/**
 * The kinds of programme an aim can point to. Each has its own ladder of formats: reverse mentoring
 * foundations < reverse-groups < reverse-pairs; a buddy system and traditional mentoring foundations <
 * the programme itself. A rule that holds a result back names the programmes it applies to.
 */
export const PROGRAMMES = ['buddy', 'traditional', 'reverse'] as const;

/** The context questions: they steer the format but are not scored as readiness. Their ids are fixed. */
export const CONTEXT_IDS = ['aim', 'setting', 'seniors', 'juniors', 'role'] as const;

/** The option ids each context question must have, exactly. */
export const CONTEXT_OPTIONS = {
  aim: ['onboarding', 'career-growth', 'digital-ai', 'diversity-inclusion', 'culture-change'],
  setting: ['on-site', 'hybrid', 'remote'],
  seniors: ['1-2', '3-5', '6-12', '13-plus'],
  juniors: ['1-2', '3-5', '6-12', '13-plus'],
  role: ['leader', 'hr-owner', 'senior', 'junior', 'other'],
} as const satisfies Record<(typeof CONTEXT_IDS)[number], readonly string[]>;

/** The template slugs a recommendation may link to. */
export const TEMPLATE_SLUGS = [
  'kickoff',
  'agreement',
  'first-meeting',
  'monthly-session',
  'group-session',
  'lunch-and-learn',
  'mid-pilot-check-in',
  'closing-evaluation',
  'buddy-checklist',
  'development-plan',
  'attendance-log',
  'sponsor-conversation',
  'confidentiality-agreement',
  'goals-session',
  'readiness-retake',
  'mentoring-session',
] as const;
