/**
 * Generated gazetteers for the bench: the project's reviewed entities plus
 * made-up people (Vietnamese-style names with and without diacritics, and
 * English-style names) until the wanted number of aliases is reached.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity } from '../../lib/shared/corpus/types';
import { createRandom, type Random } from '../lib/random';

const ROOT = resolve(import.meta.dirname, '../..');

const VI_FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const VI_GIVEN = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Quang',
  'Thanh',
  'Ngọc',
  'Xuân',
  'Hồng',
  'Kim',
  'Bảo',
];
const VI_LAST = [
  'Hùng',
  'Dũng',
  'Thắng',
  'Long',
  'Tuấn',
  'Phúc',
  'Khánh',
  'Hải',
  'Sơn',
  'Tâm',
  'Trung',
  'Vinh',
];
const EN_FIRST = [
  'Alice',
  'Brian',
  'Carla',
  'Derek',
  'Elena',
  'Felix',
  'Grace',
  'Hector',
  'Irene',
  'Jonah',
];
const EN_LAST = [
  'Abbott',
  'Barrow',
  'Castell',
  'Dunmore',
  'Ellery',
  'Fairley',
  'Garrick',
  'Holloway',
];

/** The reviewed gazetteer shipped with the extension. */
export function realEntities(): Entity[] {
  const file = resolve(ROOT, 'seeds/gazetteer.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { entities: Entity[] }).entities;
}

/** Strip Vietnamese diacritics the way people type without them. */
export function unaccented(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function madeUpPerson(r: Random, n: number): Entity {
  const vi = r.next() < 0.6;
  const first = vi ? `${r.pick(VI_FAMILY)} ${r.pick(VI_GIVEN)}` : r.pick(EN_FIRST);
  // A serial word keeps every made-up name distinct, as real gazetteers are.
  const last = `${vi ? r.pick(VI_LAST) : r.pick(EN_LAST)}${n.toString(36)}`;
  const full = `${first} ${last}`;
  const aliases = vi ? [full, unaccented(full)] : [full, `${first[0]}. ${last}`];
  return {
    id: `gen-${n}`,
    kind: 'leader',
    name: { en: full, vi: full },
    role: { en: 'Minister', vi: 'Bộ trưởng' },
    country: vi ? 'VN' : 'GB',
    caseRule: 'name',
    aliases,
    shortForms: [last],
    titles: ['Minister', 'Bộ trưởng'],
  };
}

/** The real entities plus made-up ones: at least `aliasCount` aliases in all. */
export function generateEntities(aliasCount: number, seed: number): Entity[] {
  const r = createRandom(seed);
  const out = realEntities();
  let aliases = out.reduce((n, e) => n + e.aliases.length, 0);
  for (let n = 0; aliases < aliasCount; n++) {
    const e = madeUpPerson(r, n);
    out.push(e);
    aliases += e.aliases.length;
  }
  return out;
}
