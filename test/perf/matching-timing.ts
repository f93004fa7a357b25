// How long the matching helper takes to match lists of people, on this machine, in Node (the same
// code the page runs). Run it alone with `npx node test/perf/matching-timing.ts [10,50,200,500]`, or
// import measureMatching() from the benchmark (npm run bench). The modules are bundled first
// (test/tools/import-bundled.ts), as the benchmark's are.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importBundled } from '../tools/import-bundled.ts';
import type { MatchingCatalogue, Person } from '../../src/lib/matching/types.ts';

/** One size's timings, in milliseconds of CPU time. */
export interface MatchingTiming {
  /** Seniors plus juniors. */
  people: number;
  /** Median time to read the list from CSV text. */
  importMs: number;
  /** Median time to make one-to-one pairs with their explanations. */
  pairsMs: number;
  /** Median time to make small groups. */
  groupsMs: number;
  /**
   * Median time to match again after one change (a pair locked), as the page's Web Worker does it:
   * the job copied in, the pairs made, the result copied out (structuredClone stands in for postMessage).
   */
  rematchMs: number;
  /** Pairs made. */
  pairs: number;
}

interface MatchingModule {
  loadMatchingFile: () => Parameters<MatchingModule['catalogueOf']>[0];
  catalogueOf: (file: unknown) => MatchingCatalogue;
  matchPairs: (
    weights: MatchingCatalogue['fit'],
    people: readonly Person[],
    choices: { setting: 'hybrid' },
  ) => { pairs: readonly unknown[] };
  matchGroups: (sizes: MatchingCatalogue['groups'], people: readonly Person[]) => unknown;
  runMatching: (
    catalogue: MatchingCatalogue,
    job: unknown,
  ) => { format: string; pairs?: { pairs: readonly { senior: Person; junior: Person }[] } };
  importPeople: (catalogue: MatchingCatalogue, text: string) => { people: readonly Person[] };
  exportPeople: (catalogue: MatchingCatalogue, people: readonly Person[], lang: 'en') => string;
}

/** A deterministic list of `count` people (40% seniors) with realistic topics, times, sites and managers. */
export function syntheticPeople(catalogue: MatchingCatalogue, count: number): Person[] {
  let state = 20261201;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[], how: number): T[] => [...items].sort(() => random() - 0.5).slice(0, how);
  const seniors = Math.round(count * 0.4);
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const senior = i < seniors;
    const name = `${senior ? 'Senior' : 'Junior'} ${i + 1}`;
    // Seniors report to an earlier senior (a chain), juniors to a random senior or someone off the list.
    const manager = senior
      ? i > 0
        ? `Senior ${1 + Math.floor(random() * i)}`
        : ''
      : random() < 0.5
        ? `Senior ${1 + Math.floor(random() * seniors)}`
        : 'Manager X';
    people.push({
      role: senior ? 'senior' : 'junior',
      name,
      department: `Department ${1 + Math.floor(random() * 8)}`,
      manager,
      topics: pick(
        catalogue.topics.map((t) => t.id),
        1 + Math.floor(random() * 3),
      ),
      availability: pick(
        catalogue.slots.map((s) => s.id),
        2 + Math.floor(random() * 3),
      ),
      site: `Site ${1 + Math.floor(random() * 3)}`,
      pleaseNotWith: random() < 0.05 ? [`Senior ${1 + Math.floor(random() * seniors)}`] : [],
    });
  }
  return people;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

// CPU time, not wall time: on a shared machine the wall clock also counts the time spent waiting
// for a core, which says more about the neighbours than about the code.
function timeIt(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

/** Bundles the matching modules from `root` and times them for each list size (median of `runs`). */
export async function measureMatching(
  root: string,
  sizes: readonly number[] = [10, 50, 200],
  runs = 5,
): Promise<MatchingTiming[]> {
  const module = await importBundled<MatchingModule>(root, 'perf-matching', [
    "export { loadMatchingFile } from './src/data/load-matching.ts';",
    "export { catalogueOf } from './src/schemas/matching.ts';",
    "export { matchPairs } from './src/lib/matching/match.ts';",
    "export { matchGroups } from './src/lib/matching/groups.ts';",
    "export { runMatching } from './src/lib/matching/run.ts';",
    "export { importPeople, exportPeople } from './src/lib/matching/people.ts';",
  ]);
  const cwd = process.cwd();
  process.chdir(root);
  const catalogue = module.catalogueOf(module.loadMatchingFile());
  process.chdir(cwd);
  return sizes.map((size) => {
    const people = syntheticPeople(catalogue, size);
    const csv = module.exportPeople(catalogue, people, 'en');
    let pairs = 0;
    const importMs = timeIt(runs, () => module.importPeople(catalogue, csv));
    const pairsMs = timeIt(runs, () => {
      pairs = module.matchPairs(catalogue.fit, people, { setting: 'hybrid' }).pairs.length;
    });
    const groupsMs = timeIt(runs, () => module.matchGroups(catalogue.groups, people));
    const job = { format: 'pairs', setting: 'hybrid', people, locks: [], groupLocks: [], excluded: [], setAside: [] };
    const first = module.runMatching(catalogue, job).pairs?.pairs[0];
    const changed = { ...job, locks: first ? [{ senior: first.senior.name, junior: first.junior.name }] : [] };
    const rematchMs = timeIt(runs, () => structuredClone(module.runMatching(catalogue, structuredClone(changed))));
    return { people: size, importMs, pairsMs, groupsMs, rematchMs, pairs };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = (process.argv[2] ?? '10,50,200,500,1000').split(',').map(Number);
  const timings = await measureMatching(resolve(import.meta.dirname, '..', '..'), sizes);
  console.log('| people | import CSV | one-to-one pairs | small groups | re-match after one lock | pairs made |');
  console.log('|---|---|---|---|---|---|');
  for (const t of timings) {
    console.log(
      `| ${t.people} | ${t.importMs.toFixed(1)} ms | ${t.pairsMs.toFixed(1)} ms | ${t.groupsMs.toFixed(1)} ms | ${t.rematchMs.toFixed(1)} ms | ${t.pairs} |`,
    );
  }
}
