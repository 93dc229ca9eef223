import { describe, expect, it } from 'vitest';
import { itemsFromTextFiles } from '../../../../lib/pages/text-import';

const now = new Date('2025-11-02T10:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('itemsFromTextFiles', () => {
  it('reads seed-format articles with the corpus parser, dated and undated', () => {
    const { items, problems } = itemsFromTextFiles(
      [
        {
          name: 'folder/a.txt',
          bytes: bytes(
            ' date 2025-10-29 HÀ NỘI — Chủ tịch nước Lương Cường đã tiếp Tổng thống.\n\nĐoạn hai. VNS',
          ),
        },
        { name: 'folder/b.txt', bytes: bytes('A headline\n\nThe body of the article.') },
        { name: 'folder/notes.md', bytes: bytes('ignored') },
      ],
      now,
    );
    expect(problems).toEqual([]);
    expect(items).toEqual([
      expect.objectContaining({ date: '2025-10-29', place: 'HÀ NỘI', language: 'vi', url: null }),
      expect.objectContaining({ date: null, title: 'A headline', addedAt: now.toISOString() }),
    ]);
  });

  it('takes a date and address from a .meta.json beside the file', () => {
    const { items } = itemsFromTextFiles(
      [
        { name: 'b.txt', bytes: bytes('A headline\n\nThe body of the article.') },
        { name: 'b.meta.json', bytes: bytes('{ "date": "2025-05-07", "url": "https://x.org/b" }') },
      ],
      now,
    );
    expect(items[0]).toMatchObject({ date: '2025-05-07', url: 'https://x.org/b' });
  });

  it('reports each unreadable file with the parser’s file, line and reason', () => {
    const { items, problems } = itemsFromTextFiles(
      [
        { name: 'empty.txt', bytes: bytes('   \n') },
        { name: 'bad-date.txt', bytes: bytes(' date 2025-02-30 Text.\n\nMore.') },
        { name: 'latin1.txt', bytes: new Uint8Array([0x48, 0xe9, 0x0a, 0x0a, 0x41]) },
        { name: 'good.txt', bytes: bytes('Title\n\nBody.') },
      ],
      now,
    );
    expect(items).toHaveLength(1);
    expect(problems.map((p) => p.where)).toEqual(['empty.txt', 'bad-date.txt', 'latin1.txt']);
    expect(problems[0]?.reason).toMatch(/^empty\.txt:1: empty file/);
    expect(problems[1]?.reason).toMatch(/impossible date/);
    expect(problems[2]?.reason).toMatch(/invalid UTF-8/);
  });
});
