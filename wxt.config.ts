import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { firefoxThemeIcons, iconSet, TOOLBAR_SIZES } from './lib/shared/toolbar-icon-files';
import { writeIcons } from './scripts/icons/render-icons';

/** The rest of the background's script (lib/background/rest-loader.ts's REST_SCRIPT, without the slash). */
const REST_SCRIPT_FILE = 'background-rest.js';

// Firefox gets MV2 (WXT's default for Firefox): its MV3 build needs host
// permissions granted by hand after install, so an MV2 build is the one that
// highlights on every page straight after installing.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // BACKSTORY_PROFILE=1: readable function names in CPU profiles (tmp/profile-annotate.ts), never shipped.
  vite: () => ({
    plugins: [preact()],
    ...(process.env.BACKSTORY_PROFILE ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    // From _locales: the Chrome Web Store shows it as each language's short description.
    description: '__MSG_extDescription__',
    // scripting + contextMenus + host access: clipping an article runs Readability in the tab.
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    icons: iconSet('on'),
    // WXT fills in the popup under MV2's own key, so the icons must be given under that key too.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: 'Backstory',
      default_icon: iconSet('on', TOOLBAR_SIZES),
      // Firefox swaps icons with the toolbar's theme; Chrome's one icon is drawn to read on both.
      ...(browser === 'firefox' ? { theme_icons: firefoxThemeIcons() } : {}),
    },
    // Reader controls: UI strings in _locales, keyboard commands for the next / previous mention.
    default_locale: 'en',
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNext__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              // Firefox 140 (the current ESR): the first desktop Firefox that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: the first version that knows data_collection_permissions.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script and the card it loads run on every page: they use the browser's own
    // promise-returning API (Chrome's MV3 `chrome`, Firefox's `browser`), not the polyfill, whose
    // start-up (a table of every API, wrapped in proxies) would cost each page more than its reading.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' || e.name === 'card')) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...rest];
    },
    // Firefox's background page cannot importScripts: it is given the rest of the background
    // (entrypoints/background-rest.ts) before its own script, which finds it at start-up.
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts =
        manifest.background && 'scripts' in manifest.background
          ? manifest.background.scripts
          : undefined;
      if (scripts && !scripts.includes(REST_SCRIPT_FILE)) scripts.unshift(REST_SCRIPT_FILE);
    },
    // The icons are rendered from assets/icon.svg on every build, into WXT's own (ignored) folder.
    'build:publicAssets': (wxt, files) => {
      files.push(...writeIcons(join(wxt.config.wxtDir, 'icons')));
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // The sources zip AMO asks for holds what rebuilds the Firefox package (README → "Publish"); what the
    // build generates is left out, and so is what only tests, measures or describes it.
    excludeSources: [
      'tests/**',
      '.ci/**',
      'artifacts/**',
      'tmp/**',
      'docs/**',
      'store/**',
      'public/corpus/**',
      'lib/generated/**',
    ],
  },
});
