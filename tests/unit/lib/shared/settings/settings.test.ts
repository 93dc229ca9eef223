import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_RANGE,
  isShown,
  normaliseSettings,
  withMuted,
} from '../../../../../lib/shared/settings/settings';

describe('normaliseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each bad field with its default on its own', () => {
    const s = normaliseSettings({
      theme: 'dark',
      language: 'klingon',
      badge: 'yes',
      kinds: { leader: false, event: 'no' },
      disabledSites: ['a.vn', 7, '', 'a.vn'],
    });
    expect(s.theme).toBe('dark');
    expect(s.language).toBe(DEFAULT_SETTINGS.language);
    expect(s.badge).toBe(DEFAULT_SETTINGS.badge);
    expect(s.kinds).toEqual({ leader: false, agreement: true, event: true, organisation: true });
    expect(s.disabledSites).toEqual(['a.vn']);
  });

  it('clamps the hover delay into its range', () => {
    expect(normaliseSettings({ hoverDelayMs: 5 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.min);
    expect(normaliseSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.max);
    expect(normaliseSettings({ hoverDelayMs: NaN }).hoverDelayMs).toBe(
      DEFAULT_SETTINGS.hoverDelayMs,
    );
  });
});

describe('isShown and withMuted', () => {
  it('hides a muted entity and a switched-off kind, and shows it again when restored', () => {
    const muted = withMuted(normaliseSettings({}), 'to-lam', true);
    expect(isShown(muted, 'leader', 'to-lam')).toBe(false);
    expect(isShown(muted, 'leader', 'luong-cuong')).toBe(true);
    expect(isShown(withMuted(muted, 'to-lam', false), 'leader', 'to-lam')).toBe(true);
    const noEvents = normaliseSettings({ kinds: { event: false } });
    expect(isShown(noEvents, 'event', 'apec-2025')).toBe(false);
  });
});
