// The first printed page is the summary for a board and must fit one A4 page, with as many reasons
// as the decision list can give (the browser test prints the longest cases). Beyond the limits here,
// the reasons that hold the format print without their explanations and without what would change
// the advice (its answers are those reasons once more), and the milder ones as a count pointing to
// "How we decide". The screen always shows everything.

/** How many reasons of each kind the printed summary can take in full. */
const PRINTED = { explainedReasons: 4, namedMilderReasons: 3 };

/** What the printed summary keeps of the reasons. */
export interface PrintedReasons {
  /** The reasons that hold the format print with their explanations. */
  readonly explainsHolding: boolean;
  /** What would change the advice prints too. */
  readonly printsChange: boolean;
  /** The milder reasons print one by one; otherwise as a count. */
  readonly namesMilder: boolean;
}

/** What the printed summary keeps, given how many reasons hold the format and how many are milder. */
export function printedReasons(count: { readonly holding: number; readonly milder: number }): PrintedReasons {
  const explainsHolding = count.holding <= PRINTED.explainedReasons;
  return { explainsHolding, printsChange: explainsHolding, namesMilder: count.milder <= PRINTED.namedMilderReasons };
}
