import { describe, expect, it, vi } from 'vitest';
import {
  badgeText,
  createControlHandlers,
} from '../../../../../lib/background/controls/control-handlers';
import { controlCalls } from '../../../../../lib/shared/messages/protocol';
import { normaliseSettings } from '../../../../../lib/shared/settings/settings';

function setup(badge: boolean) {
  const setBadge = vi.fn(async () => {});
  const handlers = createControlHandlers({
    listEntities: async () => [],
    loadSettings: async () => normaliseSettings({ badge }),
    setBadge,
  });
  return { handlers, setBadge };
}

describe('control handlers', () => {
  it('answers every control call the validators know, and no other', () => {
    expect(Object.keys(setup(true).handlers).sort()).toEqual(Object.keys(controlCalls).sort());
  });

  it('puts the count on the sender tab’s badge, and clears it when the badge is off', async () => {
    const on = setup(true);
    await on.handlers.pageMentions({ count: 12 }, { tabId: 4 });
    expect(on.setBadge).toHaveBeenCalledWith(4, '12');
    const off = setup(false);
    await off.handlers.pageMentions({ count: 12 }, { tabId: 4 });
    expect(off.setBadge).toHaveBeenCalledWith(4, '');
  });

  it('shows nothing for no mentions and caps long counts', () => {
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(7, true)).toBe('7');
    expect(badgeText(250, true)).toBe('99+');
  });
});
