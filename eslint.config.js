// ESLint as the Astro ecosystem runs it: the JavaScript and typescript-eslint recommendations for all code,
// eslint-plugin-astro for .astro files, and jsx-a11y for the markup of both .astro and Preact .tsx files.
// Formatting is Prettier's job, so no rule here is about layout.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', '.astro/', 'bench-results/', 'screenshots/', 'test/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, except a deliberately ignored `_name`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Type-only imports say so, which keeps Astro and Preact code out of the pure modules' bundles.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // A <section aria-label> that scrolls sideways takes focus so that keyboard users can scroll it
    // (axe: scrollable-region-focusable); that is the one non-interactive element allowed a tabindex.
    files: ['**/*.astro'],
    rules: { 'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }] },
  },
  {
    // The same for the islands' scrolling tables (a <section aria-label> or a role="region").
    files: ['**/*.tsx'],
    rules: { 'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel', 'region'] }] },
  },
);
