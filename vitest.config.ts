import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { firefoxTooOld } from './scripts/lib/browsers';

// Vitest 5's reporter calls Map.groupBy (Node 21+). On Node 20, the machines'
// Node, it crashes exactly when a test fails and hides the failure; this
// shim runs in the main process before any reporter does.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
mapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => {
  const groups = new Map<K, V[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
};

// A Firefox older than the one the Firefox package declares cannot install it: its e2e files are left out,
// loudly, rather than failing on the install (docs/testing.md).
const FIREFOX_FILES = ['tests/e2e/firefox/**', 'tests/e2e/**/*firefox*.test.ts'];
const firefoxTooOldNote = firefoxTooOld('.output/firefox-mv2/manifest.json');
if (firefoxTooOldNote)
  console.warn(
    `\n*** Firefox e2e tests left out: ${firefoxTooOldNote} (apt-get install -y firefox-esr) ***\n`,
  );

// Two tiers in one run: `unit` (lib/ and components, fake browser and
// fake IndexedDB) and `e2e` (the built extension in real browsers, one file
// at a time because each launches a browser).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: firefoxTooOldNote ? FIREFOX_FILES : [],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
