// The optimal assignment: the Hungarian algorithm (Kuhn-Munkres with potentials, O(n² m)), written
// here rather than taken from a library: it is some forty lines, and tests check it against brute
// force. It takes a table of whole-number weights (rows × columns, any shape; a missing pair has
// weight 0 or less) and returns the set of row-column pairs with the highest total weight, each
// row and column used at most once. Pairs with weight 0 or less are never returned.
//
// Ties: the algorithm is deterministic for a given table, so callers that want results independent
// of their input order put rows and columns in a canonical order first (match.ts sorts by name).

/** A chosen cell of the weight table. */
export interface Assigned {
  readonly row: number;
  readonly column: number;
}

/** Minimum-cost assignment of every row of a rows ≤ columns table; returns the column of each row. */
function hungarianMinCost(cost: readonly (readonly number[])[], rows: number, columns: number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  // 1-based, as in the classic formulation; column 0 is a sentinel.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(columns + 1);
  const rowOfColumn = new Int32Array(columns + 1);
  const way = new Int32Array(columns + 1);
  const minValue = new Float64Array(columns + 1);
  const used = new Uint8Array(columns + 1);
  for (let row = 1; row <= rows; row++) {
    rowOfColumn[0] = row;
    let column0 = 0;
    minValue.fill(INF);
    used.fill(0);
    do {
      used[column0] = 1;
      const row0 = rowOfColumn[column0] as number;
      const costRow = cost[row0 - 1] as readonly number[];
      let delta = INF;
      let column1 = 0;
      for (let column = 1; column <= columns; column++) {
        if (used[column]) continue;
        const reduced = (costRow[column - 1] as number) - (u[row0] as number) - (v[column] as number);
        if (reduced < (minValue[column] as number)) {
          minValue[column] = reduced;
          way[column] = column0;
        }
        if ((minValue[column] as number) < delta) {
          delta = minValue[column] as number;
          column1 = column;
        }
      }
      for (let column = 0; column <= columns; column++) {
        if (used[column]) {
          const row = rowOfColumn[column] as number;
          u[row] = (u[row] as number) + delta;
          v[column] = (v[column] as number) - delta;
        } else {
          minValue[column] = (minValue[column] as number) - delta;
        }
      }
      column0 = column1;
    } while (rowOfColumn[column0] !== 0);
    do {
      const column1 = way[column0] as number;
      rowOfColumn[column0] = rowOfColumn[column1] as number;
      column0 = column1;
    } while (column0 !== 0);
  }
  const columnOfRow = new Array<number>(rows).fill(-1);
  for (let column = 1; column <= columns; column++) {
    const row = rowOfColumn[column] as number;
    if (row > 0) columnOfRow[row - 1] = column - 1;
  }
  return columnOfRow;
}

/** The pairs of rows and columns with the highest total weight; weights must be whole numbers. */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): Assigned[] {
  const rows = weights.length;
  const columns = rows === 0 ? 0 : (weights[0] as readonly number[]).length;
  if (rows === 0 || columns === 0) return [];
  const transpose = rows > columns;
  const n = transpose ? columns : rows;
  const m = transpose ? rows : columns;
  const at = (i: number, j: number): number =>
    Math.max(
      0,
      transpose ? ((weights[j] as readonly number[])[i] as number) : ((weights[i] as readonly number[])[j] as number),
    );
  const cost = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => -at(i, j)));
  const columnOf = hungarianMinCost(cost, n, m);
  const assigned: Assigned[] = [];
  columnOf.forEach((j, i) => {
    if (j < 0 || at(i, j) <= 0) return;
    assigned.push(transpose ? { row: j, column: i } : { row: i, column: j });
  });
  return assigned.sort((a, b) => a.row - b.row);
}
