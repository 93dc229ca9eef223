import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../lib/shared/match/compile';
import { createMatcher } from '../../../lib/shared/match/matcher';
import { buildCorpus, main, type CorpusOutputs } from '../../../scripts/build-corpus';

const ROOT = resolve(__dirname, '../../..');
const SEEDS = join(ROOT, 'seeds');
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-corpus-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  while (temps.length) rmSync(temps.pop() as string, { recursive: true, force: true });
});

describe('the corpus build on the real seeds', () => {
  let out: CorpusOutputs;
  beforeAll(() => {
    const result = buildCorpus(SEEDS);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    out = result.outputs;
  });
  const article = (prefix: string) => {
    const a = out.bundle.articles.find((x) => x.id.startsWith(prefix));
    if (!a) throw new Error(`no article ${prefix}`);
    return a;
  };
  const mentioned = (prefix: string) =>
    new Set(
      out.bundle.mentions.filter((m) => m.articleId === article(prefix).id).map((m) => m.entityId),
    );

  it('reads every seed article and every gazetteer entity', () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    expect(out.bundle.articles.map((a) => `${a.id}.txt`)).toEqual(seeds.sort());
    expect(out.meta).toEqual({
      version: out.bundle.version,
      articles: seeds.length,
      entities: out.bundle.entities.length,
    });
  });

  it('leaves 004 undated with its first line as the title', () => {
    const firstLine = readFileSync(join(SEEDS, `${article('004_').id}.txt`), 'utf8').split('\n')[0];
    expect(article('004_').date).toBeNull();
    expect(article('004_').title).toBe(firstLine?.trim());
  });

  it('knows 001 is Vietnamese and 003 comes from GYEONGJU, signed VNA/VNS', () => {
    expect(article('001_').language).toBe('vi');
    expect([article('003_').place, article('003_').source]).toEqual(['GYEONGJU', 'VNA/VNS']);
  });

  it('links 000 to Trump and Lương Cường', () => {
    expect([...mentioned('000_')]).toEqual(expect.arrayContaining(['donald-trump', 'luong-cuong']));
  });

  it('links 004 to Nguyễn Hồng Diên although it writes "Nguyen Hong Dien"', () => {
    const a = article('004_');
    expect(a.paragraphs.join('\n')).not.toContain('Nguyễn');
    const surfaces = out.bundle.mentions
      .filter((m) => m.articleId === a.id && m.entityId === 'nguyen-hong-dien')
      .map((m) => m.surface);
    expect(surfaces).toContain('Nguyen Hong Dien');
  });

  it('gives mentions whose offsets point at their surface text', () => {
    expect(out.bundle.mentions.length).toBeGreaterThan(0);
    for (const m of out.bundle.mentions) {
      const a = out.bundle.articles.find((x) => x.id === m.articleId);
      const text = m.paragraph === -1 ? a?.title : a?.paragraphs[m.paragraph];
      expect(text?.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it('builds the same version twice, with entities the background compiles its matcher from', () => {
    const again = buildCorpus(SEEDS);
    expect(again.ok && again.outputs.bundle.version).toBe(out.bundle.version);
    const matcher = createMatcher(compileMatcher(out.bundle.entities, out.bundle.version));
    expect(matcher.findMentions('Luong Cuong met Donald Trump').map((m) => m.entityId)).toEqual([
      'luong-cuong',
      'donald-trump',
    ]);
  });
});

/** A seeds folder holding one bad input of each kind. */
function badSeeds(): string {
  const dir = tempDir();
  copyFileSync(join(SEEDS, '004_462dc5e454837fbe.txt'), join(dir, '004_ok.txt'));
  writeFileSync(join(dir, '010_bad-date.txt'), ' date yesterday HÀ NỘI — Text.\n');
  writeFileSync(join(dir, '011_impossible.txt'), '\n date 2025-13-40 Text.\n');
  writeFileSync(join(dir, '012_empty.txt'), '');
  writeFileSync(
    join(dir, '013_latin1.txt'),
    new Uint8Array([...new TextEncoder().encode('Headline\n\nL'), 0xfa, 0x6e, 0x67]),
  );
  writeFileSync(join(dir, '004_ok.meta.json'), '{\n  "date": "2025-05-07",\n  "title": "T",,\n}');
  const entity = (id: string, name?: object) => ({
    id,
    kind: 'leader',
    name,
    role: { en: 'R', vi: 'R' },
    country: 'VN',
    aliases: [id],
  });
  const entities = [
    entity('a', { en: 'A', vi: 'A' }),
    entity('nameless'),
    entity('a', { en: 'A2', vi: 'A2' }),
  ];
  writeFileSync(join(dir, 'gazetteer.json'), JSON.stringify({ schema: 1, entities }, null, 2));
  return dir;
}

describe('the corpus build on bad input', () => {
  it('prints file:line: reason for every bad input, writes nothing and exits 1', () => {
    const seeds = badSeeds();
    const out = tempDir();
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const file = (name: string) => relative(process.cwd(), join(seeds, name));
    const gazetteerLines = readFileSync(join(seeds, 'gazetteer.json'), 'utf8').split('\n');
    const idLine = (id: string, nth = 1) =>
      gazetteerLines.map((l, i) => (l.includes(`"id": "${id}"`) ? i + 1 : 0)).filter(Boolean)[
        nth - 1
      ] ?? -1;
    expect(main(['--seeds', seeds, '--out', out])).toBe(1);
    expect(printed.slice(0, -1)).toEqual([
      `${file('004_ok.meta.json')}:3: invalid JSON: expected a property name in double quotes, found character ","`,
      `${file('010_bad-date.txt')}:1: unparseable date header "yesterday" (expected "date YYYY-MM-DD")`,
      `${file('011_impossible.txt')}:2: impossible date "2025-13-40" in the date header`,
      `${file('012_empty.txt')}:1: empty file: an article needs a date header or a headline, and a body`,
      `${file('013_latin1.txt')}:3: invalid UTF-8 (byte 0xFA at byte offset 11); save the file as UTF-8`,
      `${file('gazetteer.json')}:${idLine('nameless') - 1}: entity "nameless" has no names (needs "name": { "en", "vi" })`,
      `${file('gazetteer.json')}:${idLine('a', 2)}: duplicate entity id "a" (first at line ${idLine('a')})`,
    ]);
    expect(printed.at(-1)).toMatch(/7 problem\(s\).*nothing written/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('reports two seed files whose names differ only in Unicode form as a duplicate article id', () => {
    const seeds = tempDir();
    writeFileSync(join(seeds, 'Cá.txt'.normalize('NFC')), 'One\n\nBody one.');
    writeFileSync(join(seeds, 'Cá.txt'.normalize('NFD')), 'Two\n\nBody two.');
    copyFileSync(join(SEEDS, 'gazetteer.json'), join(seeds, 'gazetteer.json'));
    const result = buildCorpus(seeds);
    expect(result.ok).toBe(false);
    const [e] = result.ok ? [] : result.errors;
    expect(e?.line).toBe(1);
    expect(e?.reason).toMatch(/^duplicate article id "Cá" \(also from .*\.txt\)$/);
  });

  it('reports a missing gazetteer and a sidecar without an article', () => {
    const seeds = tempDir();
    writeFileSync(join(seeds, 'a.txt'), 'Headline\n\nBody.');
    writeFileSync(join(seeds, 'b.meta.json'), '{}');
    const result = buildCorpus(seeds);
    const reasons = result.ok ? [] : result.errors.map((e) => e.reason);
    expect(reasons).toEqual([
      'metadata file without an article beside it',
      'the gazetteer is missing',
    ]);
  });
});

describe('npm run corpus', () => {
  it('writes the bundle and the corpus meta under --out and prints a summary', () => {
    const out = tempDir();
    const stdout = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/build-corpus.ts', '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const bundle = JSON.parse(readFileSync(join(out, 'public/corpus/bundle.json'), 'utf8'));
    const meta = JSON.parse(readFileSync(join(out, 'lib/generated/corpus-meta.json'), 'utf8'));
    const origins = (o: string) =>
      bundle.entities.filter((e: { origin: string }) => e.origin === o).length;
    expect(stdout.trim()).toBe(
      `corpus: ${bundle.articles.length} articles, ${bundle.entities.length} entities, ${bundle.mentions.length} mentions, version ${bundle.version}\n` +
        `corpus: ${bundle.entities.length} entities (${origins('reviewed')} reviewed, ${origins('discovered')} discovered, 0 blocked)`,
    );
    expect(meta).toEqual({
      version: bundle.version,
      articles: bundle.articles.length,
      entities: bundle.entities.length,
    });
    expect(existsSync(join(out, 'lib/generated/matcher-data.json'))).toBe(false);
    expect(createMatcher(compileMatcher(bundle.entities)).findMentions('Lương Cường')).toHaveLength(
      1,
    );
  });

  it('exits 1 on bad seeds, naming each problem on stderr', () => {
    const args = ['scripts/build-corpus.ts', '--seeds', badSeeds(), '--out', tempDir()];
    let failure: { status?: number; stderr?: Buffer } | undefined;
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      failure = e as typeof failure;
    }
    expect(failure?.status).toBe(1);
    expect(String(failure?.stderr)).toMatch(/gazetteer\.json:\d+: entity "nameless" has no names/);
    expect(String(failure?.stderr)).toMatch(/010_bad-date\.txt:1: unparseable date header/);
  });
});
