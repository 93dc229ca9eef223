import { posix, relative, sep } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BACKGROUND_LIBRARIES = ['dexie', 'fuse.js'];
const OTHER_PAGES = ['components/popup/', 'components/options/', 'components/reader/'];
/** The extension pages' client: every call's schemas (the page calls through content-script-client.ts). */
const PAGES_CLIENT = 'lib/shared/messages/client.ts';

/**
 * Where each runtime's code may not reach (docs/architecture.md): for a file, the entry with the
 * longest matching prefix applies; an import is refused when its resolved path (or, for a library,
 * its name) starts with one of `never`.
 */
const BOUNDARIES = [
  { files: 'lib/', never: ['entrypoints/', 'components/'] },
  {
    files: 'lib/shared/',
    never: [
      'lib/background/',
      'lib/content/',
      'lib/pages/',
      'entrypoints/',
      'components/',
      ...BACKGROUND_LIBRARIES,
    ],
    why: 'lib/shared/ runs in every runtime: it imports only lib/shared/',
  },
  {
    files: 'lib/content/',
    never: [
      'lib/background/',
      'lib/pages/',
      'entrypoints/',
      'components/',
      PAGES_CLIENT,
      ...BACKGROUND_LIBRARIES,
    ],
    why: 'lib/content/ runs in the page: it imports only itself and lib/shared/',
  },
  {
    files: 'lib/pages/',
    never: [
      'lib/background/',
      'lib/content/',
      'entrypoints/',
      'components/',
      ...BACKGROUND_LIBRARIES,
    ],
    why: 'lib/pages/ runs in the extension pages: the database only through messages',
  },
  {
    files: 'lib/background/',
    never: ['lib/content/', 'lib/pages/', 'entrypoints/', 'components/'],
    why: 'the background imports no page-side or UI code',
  },
  {
    files: 'entrypoints/background.ts',
    never: [
      'lib/content/',
      'lib/pages/',
      'components/',
      'entrypoints/content/',
      'entrypoints/card/',
    ],
    why: 'the background imports no page-side or UI code',
  },
  ...['entrypoints/content/', 'entrypoints/card/', 'entrypoints/clipper.ts'].map((files) => ({
    files,
    never: [
      'lib/background/',
      'lib/pages/',
      'entrypoints/background.ts',
      'entrypoints/popup/',
      'entrypoints/options/',
      'entrypoints/reader/',
      ...OTHER_PAGES,
      PAGES_CLIENT,
      ...BACKGROUND_LIBRARIES,
    ],
    why: 'the page-side code imports neither the background nor the extension pages',
  })),
  ...['entrypoints/popup/', 'entrypoints/options/', 'entrypoints/reader/'].map((files) => ({
    files,
    never: [
      'lib/background/',
      'lib/content/',
      'entrypoints/background.ts',
      'entrypoints/content/',
      'entrypoints/card/',
      ...BACKGROUND_LIBRARIES,
    ],
    why: 'extension pages reach the database only through messages to the background',
  })),
  {
    files: 'components/',
    never: [
      'lib/background/',
      'lib/content/',
      'entrypoints/',
      'wxt/browser',
      ...BACKGROUND_LIBRARIES,
    ],
    why: 'components render props only',
  },
  {
    files: 'components/shared/',
    never: [
      'lib/background/',
      'lib/content/',
      'lib/pages/',
      'entrypoints/',
      'components/card/',
      ...OTHER_PAGES,
      'wxt/browser',
      ...BACKGROUND_LIBRARIES,
    ],
    why: 'shared UI serves every UI and imports none of them',
  },
  {
    files: 'components/card/',
    never: [
      'lib/background/',
      'lib/content/',
      'lib/pages/',
      'entrypoints/',
      ...OTHER_PAGES,
      'wxt/browser',
      ...BACKGROUND_LIBRARIES,
    ],
    why: 'the card renders in the page: no extension-page code',
  },
];

/** The lint rule that holds {@link BOUNDARIES}: relative imports are resolved from the importing file. */
const runtimeBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = relative(context.cwd, context.filename).split(sep).join('/');
    const boundary = BOUNDARIES.filter((b) => file.startsWith(b.files)).sort(
      (a, b) => b.files.length - a.files.length,
    )[0];
    if (!boundary) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      const target = spec.startsWith('.')
        ? posix.normalize(posix.join(posix.dirname(file), spec))
        : spec;
      const hit = boundary.never.find(
        (n) =>
          target === n ||
          target.startsWith(n.endsWith('/') ? n : `${n}/`) ||
          (n.endsWith('.ts') && target === n.slice(0, -3)),
      );
      if (hit)
        context.report({
          node: node.source,
          message: `${file} may not import ${target}: ${boundary.why ?? 'lib/ never imports UI or entrypoints'}.`,
        });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

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
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    plugins: { backstory: { rules: { 'runtime-boundaries': runtimeBoundaries } } },
    rules: { 'backstory/runtime-boundaries': 'error' },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
