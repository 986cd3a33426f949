import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import boundaries: lib is shared and pure; entrypoints stay apart; only tests import test/. */
const noTestImports = { group: ['**/test/**', '@/test/**'], message: 'Only tests import test/.' };
const noEntrypointImports = {
  group: ['**/entrypoints/**', '@/entrypoints/**'],
  message: 'Entrypoints are leaves: nothing imports them.',
};
const noComponentImports = {
  group: ['**/components/**', '@/components/**'],
  message: 'lib/ is below the UI: it never imports components/.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'Use browser.storage.' }],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [noTestImports, noEntrypointImports, noComponentImports] },
      ],
    },
  },
  {
    // Unit tests next to the code may use the shared fixtures in test/fixtures/.
    files: ['lib/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [noEntrypointImports, noComponentImports] },
      ],
    },
  },
  {
    files: ['components/**', 'entrypoints/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [noTestImports, noEntrypointImports] },
      ],
    },
  },
  {
    // Background unit tests may use the shared fixtures too.
    files: ['entrypoints/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noEntrypointImports] }],
    },
  },
  {
    files: ['entrypoints/background/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The service worker has no window.' },
        { name: 'document', message: 'The service worker has no document.' },
        { name: 'localStorage', message: 'Use browser.storage.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
