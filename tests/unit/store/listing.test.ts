import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../fixtures/manifest';

const ROOT = join(import.meta.dirname, '../../..');
const LANGUAGES = ['en', 'vi'] as const;

/** The sections of a listing file: `## Heading` → its text. */
function sections(file: string): Map<string, string> {
  const text = readFileSync(join(ROOT, 'store', file), 'utf8');
  const out = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    out.set(heading!.trim(), body.join('\n').trim());
  }
  return out;
}

function localeMessage(lang: string, key: string): string {
  const file = join(ROOT, 'public/_locales', lang, 'messages.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>)[key]!
    .message;
}

/** Every permission either manifest asks for, host permissions included. */
const PERMISSIONS = [
  ...new Set(
    (['chrome', 'firefox'] as const).flatMap((b) => [
      ...(manifestFor(b).permissions ?? []),
      ...(manifestFor(b).host_permissions ?? []),
    ]),
  ),
];

describe('store listings', () => {
  it.each(LANGUAGES)(
    'gives the Chrome Web Store (%s) the manifest’s own short description',
    (lang) => {
      const short = sections(`chrome-web-store/${lang}.md`).get('Short description');
      expect(short).toBe(localeMessage(lang, 'extDescription'));
      expect(short!.length).toBeLessThanOrEqual(132);
    },
  );

  it.each(LANGUAGES)('keeps the AMO summary (%s) within its 250 characters', (lang) => {
    const summary = sections(`amo/${lang}.md`).get('Summary') ?? '';
    expect(summary.length).toBeGreaterThan(50);
    expect(summary.length).toBeLessThanOrEqual(250);
  });

  it.each(LANGUAGES.flatMap((lang) => [`chrome-web-store/${lang}.md`, `amo/${lang}.md`]))(
    'says in %s what every permission is for, and that no data leaves the machine',
    (file) => {
      const s = sections(file);
      expect(s.get('Description')?.length).toBeGreaterThan(500);
      const permissions = s.get('Permissions') ?? '';
      for (const permission of PERMISSIONS) expect(permissions).toContain(`\`${permission}\``);
      expect(s.get('Privacy')).toMatch(/ever leaves the machine|không bao giờ rời khỏi máy/);
    },
  );
});
