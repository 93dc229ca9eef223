/**
 * Generated news prose: common English and Vietnamese words, punctuation, and
 * names of the gazetteer's entities at a realistic density (about one name
 * per 400 characters), some written in full and some as titled short forms.
 */
import type { Entity } from '../../lib/shared/corpus/types';
import type { Random } from '../lib/random';

const WORDS = (
  'the of and to in a is that for on with as was at by said it from an be have has are were will ' +
  'government minister talks trade economy visit president agreement cooperation summit officials ' +
  'meeting week country policy growth market investment bilateral security region development ' +
  'người dân kinh tế hợp tác phát triển chính phủ đầu tư thương mại hội nghị quan hệ năm nay'
).split(' ');

/** One sentence of `words` words, with a name from `entities` now and then. */
function sentence(r: Random, entities: readonly Entity[], words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    if (r.next() < 0.015) {
      const e = r.pick(entities);
      out.push(r.next() < 0.8 || !e.shortForms ? r.pick(e.aliases) : r.pick(e.shortForms));
    } else out.push(r.pick(WORDS));
  }
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}${r.next() < 0.2 ? ',' : '.'}`;
}

/** A paragraph of about `chars` characters. */
export function paragraph(r: Random, entities: readonly Entity[], chars: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const s = sentence(r, entities, 8 + r.int(14));
    parts.push(s);
    n += s.length + 1;
  }
  return parts.join(' ');
}

/** Plain text of about `chars` characters in paragraphs of about 500. */
export function prose(r: Random, entities: readonly Entity[], chars: number): string {
  const paras: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = paragraph(r, entities, 500);
    paras.push(p);
    n += p.length + 2;
  }
  return paras.join('\n\n');
}
