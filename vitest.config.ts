import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests of src/lib and the schemas; checks of the production builds that
// need no browser (links, sitemap), run after the builds; and browser tests that drive Chromium
// against one shared production build in dist/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // The unit tests share their imports (the content files are parsed once per worker, not per
          // file): half the time on two cores. Every file resets the stores it uses, and the suite
          // passes in shuffled order (vitest --sequence.shuffle).
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time, each with its own Chromium: while one waits on its browser, the other runs.
          fileParallelism: true,
          maxWorkers: 2,
          // Tests marked concurrent (each page of pages.test.ts) run four at a time: while one page loads, others are checked.
          maxConcurrency: 4,
        },
      },
    ],
  },
});
