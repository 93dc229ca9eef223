/**
 * The lint rule that holds the runtimes apart (eslint.config.js,
 * `backstory/runtime-boundaries`), run on small sources placed where a file
 * of each runtime lives.
 */
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'backstory/runtime-boundaries')
    .map((m) => m.message);
}

describe('runtime boundaries', () => {
  it('keep the database and the background out of the content script', async () => {
    expect(await boundaryErrors('lib/content/x.ts', "import '../background/db/db';\n")).toEqual([
      expect.stringContaining('lib/content/x.ts may not import lib/background/db/db'),
    ]);
    expect(await boundaryErrors('entrypoints/content/x.ts', "import 'dexie';\n")).toHaveLength(1);
    expect(
      await boundaryErrors('entrypoints/card/x.ts', "import '../../lib/pages/import-runner';\n"),
    ).toHaveLength(1);
  });

  it('keep page-side and UI code out of the background', async () => {
    expect(
      await boundaryErrors('lib/background/x.ts', "import '../content/highlighter';\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('entrypoints/background.ts', "import '../components/card/HoverCard';\n"),
    ).toHaveLength(1);
  });

  it('keep the database out of the extension pages and their components', async () => {
    expect(
      await boundaryErrors('entrypoints/popup/x.ts', "import '../../lib/background/db/queries';\n"),
    ).toHaveLength(1);
    expect(await boundaryErrors('components/options/X.tsx', "import 'fuse.js';\n")).toHaveLength(1);
    expect(
      await boundaryErrors('components/card/X.tsx', "import '../popup/hit-filter';\n"),
    ).toHaveLength(1);
  });

  it('keep shared code free of every runtime', async () => {
    expect(
      await boundaryErrors('lib/shared/x.ts', "import '../content/highlighter';\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('lib/shared/match/x.ts', "import '../../background/handlers';\n"),
    ).toHaveLength(1);
  });

  it('let each runtime use itself and lib/shared', async () => {
    expect(
      await boundaryErrors(
        'lib/content/x.ts',
        "import '../shared/match/sift';\nimport './highlighter';\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors('lib/background/x.ts', "import 'dexie';\nimport './db/db';\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors('components/card/X.tsx', "import '../shared/EntityName';\n"),
    ).toEqual([]);
  });
});
