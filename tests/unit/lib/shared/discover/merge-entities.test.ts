import { describe, expect, it } from 'vitest';
import { discoverArticle } from '../../../../../lib/shared/discover/discover-article';
import { mergeEntities } from '../../../../../lib/shared/discover/merge-entities';
import type { ArticleText } from '../../../../../lib/shared/discover/types';

const article = (id: string, language: 'en' | 'vi', text: string): ArticleText => ({
  id,
  language,
  date: '2025-05-17',
  title: '',
  paragraphs: [text],
});

const corpus = [
  article(
    'a',
    'en',
    'Vietnamese Minister of Industry and Trade Nguyễn Hồng Diên met US Ambassador Marc E. Knapper on the Việt Nam-US Reciprocal Trade Agreement.',
  ),
  article('b', 'en', 'Minister Dien and Minister of Industry and Trade Nguyen Hong Dien spoke.'),
  article('c', 'vi', 'Bộ trưởng Nguyễn Hồng Diên bàn về Hiệp định thương mại đối ứng.'),
];

describe('mergeEntities', () => {
  const { entities } = mergeEntities(corpus.flatMap(discoverArticle));
  const byId = (id: string) => entities.find((e) => e.id === id);

  it('makes one leader of every spelling, with short forms and titles in both languages', () => {
    const dien = byId('nguyen-hong-dien');
    expect(dien?.aliases).toEqual(['Nguyễn Hồng Diên', 'Nguyen Hong Dien']);
    expect(dien?.shortForms).toEqual(['Diên', 'Dien']);
    expect(dien?.titles).toEqual(expect.arrayContaining(['Minister', 'Bộ trưởng']));
    expect(dien?.articleCount).toBe(3);
  });

  it('links a Vietnamese bare agreement name to the English one with its parties, and needs the home country on the page', () => {
    const rta = byId('viet-nam-us-reciprocal-trade-agreement');
    expect(rta?.aliases).toEqual(
      expect.arrayContaining([
        'Vietnam-US Reciprocal Trade Agreement',
        'Hiệp định thương mại đối ứng',
        'Reciprocal Trade Agreement',
      ]),
    );
    expect(rta?.context).toContain('Vietnam');
    expect(rta?.articleCount).toBe(2);
  });

  it('lets the reviewed layer rename, block and keep its own ids', () => {
    const reviewed = {
      entities: [],
      corrections: [
        {
          line: 3,
          action: 'patch' as const,
          target: 'Marc Knapper',
          patch: { id: 'marc-knapper', shortForms: ['Knapper'] },
        },
        { line: 4, action: 'block' as const, target: 'nguyen-hong-dien' },
        { line: 5, action: 'block' as const, target: 'Nobody' },
      ],
    };
    const r = mergeEntities(corpus.flatMap(discoverArticle), reviewed);
    expect(r.entities.find((e) => e.id === 'marc-knapper')?.origin).toBe('reviewed');
    expect(r.blocked.map((e) => e.id)).toEqual(['nguyen-hong-dien']);
    expect(r.problems).toEqual([{ line: 5, reason: expect.stringContaining('"Nobody"') }]);
  });
});
