import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describe as describeMention, loadMatcher, textOfFile } from '../../../scripts/scan';

const matcher = loadMatcher();

describe('scan', () => {
  it('reads an HTML file as the page text the content script sees', () => {
    const html =
      '<html><head><title>Donald Trump</title></head><body><h1>Talks</h1><p><b>Lương</b> Cường</p>' +
      '<textarea>Tô Lâm</textarea></body></html>';
    expect(textOfFile('page.html', html)).toBe('Talks\n\nLương Cường');
  });

  it('reads any other file as plain text', () => {
    expect(textOfFile('notes.txt', '<b>Tô Lâm</b>')).toBe('<b>Tô Lâm</b>');
  });

  it('prints entity, name, surface, offsets, alias and rule for each mention', () => {
    const text = 'President Trump met Lee Jae Myung.';
    const lines = matcher
      .findMentions(text)
      .map((m) => JSON.parse(describeMention(m, matcher)) as unknown);
    expect(lines).toEqual([
      {
        entity: 'donald-trump',
        name: 'Donald Trump',
        surface: 'Trump',
        start: 10,
        end: 15,
        alias: 'Trump',
        rule: 'title',
      },
      {
        entity: 'lee-jae-myung',
        name: 'Lee Jae-myung',
        surface: 'Lee Jae Myung',
        start: 20,
        end: 33,
        alias: 'Lee Jae-myung',
        rule: 'full',
      },
    ]);
  });

  it('fails with the file and the reason when the file cannot be read', () => {
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync('npx', ['tsx', 'scripts/scan.ts', 'no/such/file.html'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (err) {
      failure = err as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toBe('no/such/file.html: no such file\n');
  });
});
