// ESLint as the Astro ecosystem runs it: the JavaScript recommendations for all code;
// typescript-eslint's type-checked recommendations for .ts and .tsx files (type information from
// tsconfig.json through the project service; `npm run lint` runs `astro sync` first so that the
// content collections' generated types exist) and its plain recommendations, without type
// information, for .astro files and the .js/.mjs config files; eslint-plugin-astro for .astro files;
// jsx-a11y for the markup of both .astro and Preact .tsx files; and eslint-plugin-react-hooks for the
// Preact islands and hooks (it recognises hooks by name, so Preact's follow the same rules).
// Formatting is Prettier's job, so no rule here is about layout.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', '.astro/', 'bench-results/', 'screenshots/', 'test/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // The hooks modules are the .ts files beside the islands (use-store.ts, the views' contexts).
    files: ['**/*.tsx', 'src/components/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // The React Compiler behind this rule knows useRef only when imported from 'react': a ref from
      // 'preact/hooks' counts as a frozen hook result, so every ref written in an effect is reported.
      'react-hooks/immutability': 'off',
    },
  },
  {
    // No type information here. Typed linting of .astro frontmatter is not clean: astro-eslint-parser
    // has no project service, and without Astro's language tools TypeScript cannot resolve .astro
    // imports (and some props), so it reports unsafe error-typed values that are not there; `astro
    // check` type-checks .astro files instead. The .js/.mjs config files are not TypeScript.
    files: ['**/*.{js,mjs}', '**/*.astro', '**/*.astro/*.{js,ts}'],
    extends: [tseslint.configs.disableTypeChecked],
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
    // These tests break the raw questionnaire YAML in ways its types forbid, so it is `any` on purpose.
    files: ['test/unit/questionnaire/schema.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Browser tests find elements as users do (role, label, text), not by the CSS classes styling
    // uses, and every retrying assertion waits the harness's WAIT, not expect.poll's 1 s default.
    files: ['test/browser/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='locator'] > Literal:first-child[value=/(^|[\\s>+~(,])\\.[a-z_-]/i]",
          message: 'Find the element by role, label or text (getByRole, getByLabel, getByText), not by a CSS class.',
        },
        {
          selector: "CallExpression[callee.object.name='expect'][callee.property.name='poll'][arguments.length=1]",
          message:
            'Give expect.poll { timeout: WAIT } from the harness: its own default of 1 s is flaky on a busy machine.',
        },
      ],
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
