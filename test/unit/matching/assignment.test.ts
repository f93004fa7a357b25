import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { maxWeightAssignment, type Assigned } from '../../../src/lib/matching/assignment';

/** The best total weight over every way to pick cells, one per row and column at most. */
function bruteForceBest(weights: readonly (readonly number[])[]): number {
  const columns = weights[0]?.length ?? 0;
  const best = (row: number, used: number): number => {
    if (row === weights.length) return 0;
    let result = best(row + 1, used);
    for (let column = 0; column < columns; column++) {
      const weight = weights[row]?.[column] ?? 0;
      if (weight > 0 && !(used & (1 << column)))
        result = Math.max(result, weight + best(row + 1, used | (1 << column)));
    }
    return result;
  };
  return best(0, 0);
}

const total = (weights: readonly (readonly number[])[], assigned: readonly Assigned[]): number =>
  assigned.reduce((sum, { row, column }) => sum + (weights[row]?.[column] ?? 0), 0);

describe('the Hungarian algorithm', () => {
  test.each([
    // nothing to assign
    { weights: [], expected: [] },
    // one cell
    { weights: [[5]], expected: [{ row: 0, column: 0 }] },
    // the greedy choice (5) is not the best total (4 + 4)
    {
      weights: [
        [5, 4],
        [4, 0],
      ],
      expected: [
        { row: 0, column: 1 },
        { row: 1, column: 0 },
      ],
    },
    // more rows than columns
    { weights: [[1], [3], [2]], expected: [{ row: 1, column: 0 }] },
    // a weight of 0 is no pair at all
    {
      weights: [
        [0, 0],
        [0, 2],
      ],
      expected: [{ row: 1, column: 1 }],
    },
  ])('$weights gives $expected', ({ weights, expected }) => {
    expect(maxWeightAssignment(weights)).toEqual(expected);
  });

  test('the total weight equals brute force for tables up to 7 × 7', () => {
    const table = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })).chain(([rows, columns]) =>
      fc.array(fc.array(fc.integer({ min: -3, max: 40 }), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
    fc.assert(
      fc.property(table, (weights) => {
        const assigned = maxWeightAssignment(weights);
        expect(new Set(assigned.map((a) => a.row)).size).toBe(assigned.length);
        expect(new Set(assigned.map((a) => a.column)).size).toBe(assigned.length);
        expect(assigned.every(({ row, column }) => (weights[row]?.[column] ?? 0) > 0)).toBe(true);
        expect(total(weights, assigned)).toBe(bruteForceBest(weights));
      }),
      { numRuns: 300 },
    );
  });
});
