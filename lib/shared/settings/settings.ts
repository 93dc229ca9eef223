/**
 * The reader's settings: their shape, their defaults and how a stored value
 * (which may come from an older version, or be damaged) is turned back into a
 * complete, valid `Settings`. Pure: storage lives in `settings-store.ts`.
 */
import { ENTITY_KINDS, type EntityKind } from '../corpus/types';

export type ThemeSetting = 'auto' | 'light' | 'dark';
export type LanguageSetting = 'auto' | 'en' | 'vi';
export type HighlightStyle = 'underline' | 'band';

export interface Settings {
  /** Sites (host names without `www.`) where Backstory stays off. */
  disabledSites: string[];
  /** Which kinds of mention are highlighted. */
  kinds: Record<EntityKind, boolean>;
  /** Milliseconds the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  theme: ThemeSetting;
  language: LanguageSetting;
  /** The toolbar badge with the number of mentions on the tab. */
  badge: boolean;
  /** Entity ids the reader chose to hide ("hide this name"). */
  mutedEntities: string[];
}

/** Hover delay bounds: shorter opens cards by accident, longer feels broken. */
export const HOVER_DELAY_RANGE = { min: 100, max: 1500, step: 50 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledSites: [],
  kinds: { leader: true, agreement: true, event: true, organisation: true },
  hoverDelayMs: 400,
  highlightStyle: 'underline',
  theme: 'auto',
  language: 'auto',
  badge: true,
  mutedEntities: [],
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

/** Unique non-empty strings of sane length; anything else is dropped. */
function stringList(v: unknown, max = 500): string[] {
  if (!Array.isArray(v)) return [];
  const ok = v.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 254);
  return [...new Set(ok)].slice(0, max);
}

function kindsOf(v: unknown): Record<EntityKind, boolean> {
  const out = { ...DEFAULT_SETTINGS.kinds };
  if (!isRecord(v)) return out;
  for (const k of ENTITY_KINDS) if (typeof v[k] === 'boolean') out[k] = v[k] as boolean;
  return out;
}

function delayOf(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, v)));
}

/**
 * A complete, valid `Settings` from whatever was stored: each field that is
 * missing or wrong falls back to its default on its own, so one bad field never
 * costs the reader the others.
 */
export function normaliseSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  return {
    disabledSites: stringList(r.disabledSites),
    kinds: kindsOf(r.kinds),
    hoverDelayMs: delayOf(r.hoverDelayMs),
    highlightStyle: oneOf(r.highlightStyle, ['underline', 'band'], d.highlightStyle),
    theme: oneOf(r.theme, ['auto', 'light', 'dark'], d.theme),
    language: oneOf(r.language, ['auto', 'en', 'vi'], d.language),
    badge: typeof r.badge === 'boolean' ? r.badge : d.badge,
    mutedEntities: stringList(r.mutedEntities),
  };
}

/** Whether a mention of `entityId` (of `kind`) is highlighted under `settings`. */
export function isShown(settings: Settings, kind: EntityKind, entityId: string): boolean {
  return settings.kinds[kind] && !settings.mutedEntities.includes(entityId);
}

/** `settings` with `entityId` hidden (`muted`) or shown again. */
export function withMuted(settings: Settings, entityId: string, muted: boolean): Settings {
  const rest = settings.mutedEntities.filter((id) => id !== entityId);
  return { ...settings, mutedEntities: muted ? [...rest, entityId] : rest };
}
