// `npm run lint`. A small rule set, each rule here for a failure this project has had or would
// not notice: style is left to review, types to `tsc --noEmit` (`npm run compile`).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'tests/e2e/fixtures/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error without a trace (a storage write, a pack
      // install, a message to the background). Mark a deliberate fire-and-forget with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      // Dead imports and variables hide what a file really depends on. `_name` marks an
      // argument a callback signature requires.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `==` coerces types; the engine compares offsets and ids, where coercion is a bug.
      // `any` switches the type checker off; the one place that needs it says why.
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      'no-var': 'error',
      'no-restricted-syntax': [
        'error',
        {
          // process.exit() right after a write drops what a pipe has not taken yet (issue 13).
          selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
          message: 'Set process.exitCode (or use runMain from src/cli/output.ts): process.exit() loses output still queued for a pipe.',
        },
      ],
    },
  },
  {
    // Browser tests wait for states, never for fixed times: they must pass on a loaded machine.
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { property: 'waitForTimeout', message: 'Wait for a state (a dialog, a post counter, a finding count) instead of a fixed time.' }],
    },
  },
);
