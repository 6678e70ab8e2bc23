import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Casebook's code takes zod from lib/zod.ts, which sets it jitless (no eval probe). */
const ZOD_THROUGH_LIB = {
  name: 'zod',
  message: 'Import z from lib/zod.ts (zod set jitless: it never tries to evaluate code).',
};

/** Markup from strings: a way for captured text to become script or a forged control. */
const NO_MARKUP_FROM_STRINGS = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No markup from strings: render with React, or set textContent.',
  },
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No markup from strings: build elements, or set textContent.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: 'No markup from strings: build elements, or set textContent.',
  },
  {
    selector:
      "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No markup from strings: build elements, or set textContent.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/demo/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Boundaries (style.md §10): site adapters and domain logic import nothing of the UI
    // or of the entrypoints; the content-script side never pulls in zod, Dexie or React.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/entrypoints/*', '@/components/*', '**/components/*'],
              message: 'lib/ must not depend on the UI.',
            },
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'lib/ has no React.' },
          ],
          paths: [ZOD_THROUGH_LIB],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD_THROUGH_LIB] }] },
  },
  // lib/zod.ts is the one module that imports zod itself (to set it jitless).
  { files: ['lib/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // Nothing of ours evaluates code or writes markup from strings (issue 9, the doors):
    // the extension's CSP forbids eval anyway; markup goes through React or textContent.
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...NO_MARKUP_FROM_STRINGS],
    },
  },
  {
    files: ['lib/sites/**/*.ts', 'lib/page/**/*.ts', 'lib/crm/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Content scripts stay small: validate in the background.' },
            {
              name: '@/lib/zod',
              message: 'Content scripts stay small: validate in the background.',
            },
            { name: 'dexie', message: 'Content scripts never open the database.' },
          ],
          patterns: [
            { group: ['react', 'react-dom'], message: 'No React in content scripts.' },
            {
              group: ['**/zod'],
              message: 'Content scripts stay small: validate in the background.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
