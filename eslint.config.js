import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
        },
      ],
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
            { name: 'dexie', message: 'Content scripts never open the database.' },
          ],
          patterns: [{ group: ['react', 'react-dom'], message: 'No React in content scripts.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
