import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports the content side must never pull in: the database and the search engine live in the background. */
const contentForbidden = [
  { name: 'dexie', message: 'Only the background owns the database.' },
  { name: 'fuse.js', message: 'Search runs in the background.' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'artifacts/',
      'tmp/',
      'lib/generated/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never innerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never outerHTML.' },
      ],
    },
  },
  {
    // Data flows one way: lib/ never reaches up into entrypoints or components.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '**/components/**'],
              message: 'lib/ must not import UI or entrypoints.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components only render props: no browser APIs, no database.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...contentForbidden,
            { name: 'wxt/browser', message: 'Components never call browser.*.' },
          ],
          patterns: [
            {
              group: ['**/lib/db/**', '**/entrypoints/**'],
              message: 'Components render props only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/content/**', 'lib/page/**', 'lib/match/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: contentForbidden,
          patterns: [
            {
              group: ['**/lib/db/**', '**/lib/search/**', '**/lib/background/**'],
              message: 'The content side never imports the background side.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
