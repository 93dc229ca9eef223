import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBrowserControls } from '../../../../../lib/background/controls/browser-controls';
import { registerClipMenu } from '../../../../../lib/background/clip-in-tab';

beforeEach(() => fakeBrowser.reset());

/** Firefox for Android's background: no `commands` and no `contextMenus` API at all. */
function withoutDesktopApis(run: () => void): void {
  const apis = fakeBrowser as unknown as Record<'commands' | 'contextMenus', unknown>;
  const saved = { commands: apis.commands, contextMenus: apis.contextMenus };
  apis.commands = undefined;
  apis.contextMenus = undefined;
  try {
    run();
  } finally {
    Object.assign(apis, saved);
  }
}

describe('browser controls', () => {
  it('starts without keyboard commands or context menus where the browser has none (Firefox for Android)', () => {
    withoutDesktopApis(() => {
      expect(() => registerBrowserControls()).not.toThrow();
      expect(() => registerClipMenu(async () => ({ kind: 'not-article' }) as never)).not.toThrow();
    });
  });
});
