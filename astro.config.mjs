// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { guideCheck } from './src/integrations/guide-check.ts';
import { afterPaintDirective } from './src/integrations/after-paint.ts';
import { DEFAULT_LANG, LANGUAGES } from './src/lib/language.ts';

// SITE_URL and BASE_PATH are set at build time for the place the site is deployed to,
// e.g. SITE_URL=https://example.org BASE_PATH=/mentorfit for a sub-path (see README: a host of its own is best).
const site = process.env.SITE_URL ?? 'https://mentorfit.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Each page's CSS (2 to 5 KB gzipped) inside its HTML: a first visit paints without waiting for a
    // second request. Astro's CSP lists the hash of every such <style>.
    inlineStylesheets: 'always',
  },
  i18n: {
    locales: [...LANGUAGES],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: false },
  },
  security: {
    // A strict Content-Security-Policy as a <meta> tag on every page; Astro adds hashes for its own
    // scripts and styles. Nothing may load from another origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The matching helper matches large lists in a Web Worker, a script file from this site only.
        "worker-src 'self'",
      ],
    },
  },
  // No code blocks in the content, and Shiki's inline styles would need CSP exceptions.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [
      {
        // Astro marks each MDX file's assets with the directive 'use astro:head-inject' and handles it
        // itself; Rolldown warns it cannot keep it, once per file and build (92 warnings). Only that one is dropped.
        name: 'mentorfit:quiet-head-inject',
        onLog: (_level, log) => !(log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')),
      },
      {
        // Astro builds island code with `preserveEntrySignatures: 'exports-only'`, so an island's entry
        // file may not gain exports. Then the code that the questionnaire's first screens share with its
        // later screens (loaded on demand) goes into a file of its own, and Vite's preload helper into
        // another: three requests and 1.2 KB more gzipped script before the first question works.
        // Letting entries gain exports lets Rolldown merge such shared code into the entry that always
        // loads first. Astro reads only the export it names (`default`), so extra exports are harmless.
        // Astro also turns Vite's `modulePreload: false` back on; off again, the questionnaire does not
        // carry the list of the later screens' files (0.9 KB): they load when the questions begin, long
        // before anyone reaches the review, so fetching their imports one after the other costs nothing.
        name: 'mentorfit:island-entries-may-gain-exports',
        applyToEnvironment: (environment) => environment.name === 'client',
        options: (options) => ({ ...options, preserveEntrySignatures: 'allow-extension' }),
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    build: {
      rolldownOptions: {
        output: {
          // Preact, Astro's Preact renderer and the tiny helpers the islands share (addresses,
          // placeholders, fetching a data file) in one file rather than several: fewer requests, and
          // gzip sees them together.
          codeSplitting: {
            groups: [
              {
                name: 'runtime',
                test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]lib[\\/](paths|fill-text|fetch-json)\.ts$/,
              },
            ],
          },
        },
      },
    },
  },
  integrations: [
    contentCheck(),
    guideCheck(),
    afterPaintDirective(),
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGUAGES.map((lang) => [lang, lang])) },
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
    }),
  ],
});
